package io.sasekit.airs;

import com.fasterxml.jackson.databind.JsonNode;
import io.sasekit.airs.models.DeleteAiProfileResponse;
import io.sasekit.airs.models.DeleteCustomTopicResponse;
import io.sasekit.airs.models.ErrorResponse;
import io.sasekit.core.errors.ApiException;
import io.sasekit.core.json.JsonMapper;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the Prisma AIRS management API's error answers. Every non-2xx answer is thrown as sdk-core's
 * {@link ApiException} (status code in {@link ApiException#status()}, raw body in
 * {@link ApiException#body()}), with one subclass per status ({@code BadRequestException},
 * {@code NotFoundException}, {@code ConflictException}, ..., {@code InternalServerException}
 * for every 5xx). This class adds the AIRS view of it:
 *
 * <ul>
 *   <li>{@link #isClientError}/{@link #isServerError}: the Python SDK's {@code MgmtSdkClientError}
 *       (4xx) and {@code MgmtSdkServerError} (5xx);
 *   <li>{@link #error}: the spec's error body {@code {"status_code", "error_message"}} as a model;
 *   <li>{@link #deleteAiProfileConflict}/{@link #deleteCustomTopicConflict}: the 409 answers of the
 *       (non-forced) deletes, naming the policies or profiles that still use the object.
 * </ul>
 *
 * Parsing never throws: a body that is not the expected JSON gives an empty {@code Optional}.
 */
public final class AirsErrors {
  private AirsErrors() {}

  /**
   * Whether the service refused the request (4xx), as the Python SDK's {@code MgmtSdkClientError}.
   *
   * @param e the exception
   * @return true for a status from 400 to 499
   */
  public static boolean isClientError(ApiException e) {
    return e.status() >= 400 && e.status() <= 499;
  }

  /**
   * Whether the service failed (5xx), as the Python SDK's {@code MgmtSdkServerError}.
   *
   * @param e the exception
   * @return true for a status from 500 to 599
   */
  public static boolean isServerError(ApiException e) {
    return e.status() >= 500 && e.status() <= 599;
  }

  /**
   * The spec's error body ({@code {"status_code": 404, "error_message": "..."}}), if the answer
   * carried one.
   *
   * @param e the exception
   * @return the parsed body, or empty when it is not that JSON object
   */
  public static Optional<ErrorResponse> error(ApiException e) {
    return body(e, ErrorResponse.class).filter(r -> r.errorMessage() != null || r.statusCode() != null);
  }

  /**
   * The {@code error_message} of the answer, if it carried one.
   *
   * @param e the exception
   * @return the message, or empty
   */
  public static Optional<String> errorMessage(ApiException e) {
    return error(e).map(ErrorResponse::errorMessage);
  }

  /**
   * The 409 answer of {@code aiSecurityProfiles().delete(...)}: the message and the security
   * policies that still use the profile ({@code forceDelete} removes it anyway).
   *
   * @param e the exception
   * @return the parsed body for a 409, else empty
   */
  public static Optional<DeleteAiProfileResponse> deleteAiProfileConflict(ApiException e) {
    return e.status() == 409 ? body(e, DeleteAiProfileResponse.class) : Optional.empty();
  }

  /**
   * The 409 answer of {@code customTopics().delete(...)}: the message and the AI profiles that still
   * reference the topic ({@code forceDelete} removes it anyway).
   *
   * @param e the exception
   * @return the parsed body for a 409, else empty
   */
  public static Optional<DeleteCustomTopicResponse> deleteCustomTopicConflict(ApiException e) {
    return e.status() == 409 ? body(e, DeleteCustomTopicResponse.class) : Optional.empty();
  }

  /**
   * The raw body of an error answer read as one of this module's models.
   *
   * @param e the exception
   * @param type the model class
   * @param <T> the model type
   * @return the model, or empty when the body is not a JSON object of that shape
   */
  public static <T> Optional<T> body(ApiException e, Class<T> type) {
    Objects.requireNonNull(e, "e");
    Objects.requireNonNull(type, "type");
    String body = e.body().strip();
    if (!body.startsWith("{")) {
      return Optional.empty();
    }
    try {
      JsonNode tree = JsonMapper.shared().readTree(body);
      if (tree == null || !tree.isObject()) {
        return Optional.empty();
      }
      return Optional.ofNullable(JsonMapper.shared().treeToValue(tree, type));
    } catch (Exception parseFailure) {
      return Optional.empty();
    }
  }
}

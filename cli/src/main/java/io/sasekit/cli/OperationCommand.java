package io.sasekit.cli;

import io.sasekit.core.operation.OperationSpec;
import java.util.List;

/**
 * What an operation's command runs: one registry operation of one API, with its options.
 *
 * @param api the API
 * @param operation the registry row
 * @param bindings the options that fill parameters and body members
 * @param bodyOption the name of the whole-body option ({@code --body}), or {@code null} when none
 */
record OperationCommand(Api api, OperationSpec operation, List<Binding> bindings, String bodyOption) {}

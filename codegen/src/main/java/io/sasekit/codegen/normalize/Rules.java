package io.sasekit.codegen.normalize;

import java.util.List;

/**
 * The normalization rules in the order they run: the single place that order lives. Rules that
 * repair single schemas while they are read ({@link AllOfMerge}, {@link AnyOfMerge},
 * {@link ScalarWithStrayItems}) and the cross-file {@link SharedComponents} dedupe run before these,
 * when the spec model is assembled. To add a rule: write the class, add it here, add its golden test.
 */
public final class Rules {
  private Rules() {}

  /** Every rule, in order: operation rules, then schema rules, then naming of inline types. */
  public static final List<SpecRule> ALL = List.of(
      // operations: answers and bodies
      new ResponseShapes(),
      new ResponseOverrides(),
      new BodyOverrides(),
      new NestedArrayBodyFlattened(),
      new EchoResponses(),
      new DeclaredBodyRequired(),
      // operations: parameters
      new PagingParamsAsInteger(),
      new NextOffsetPaging(),
      new OffsetPaging(),
      new PlainStringParameters(),
      new ContainerParamsExactlyOneOf(),
      new OptionalParameters(),
      new ExtraParameters(),
      // schemas
      new MisplacedArrayItems(),
      new TitledOptionsAsMembers(),
      new ValueOneOfAsOneValue(),
      new YesNoEnumAsString(),
      new LengthOnNumberAsString(),
      new PluralRequiredMemberRenamed(),
      new UndefinedRequiredDropped(),
      new OneOfOptionRequiredKey(),
      new ReadOnlyNotRequiredInRequests(),
      new EcmaRegexTranslation(),
      new SecretProperties(),
      new SecretOverrides(),
      // type names (registry schema names and Java names alike)
      new InlineTypeNaming(),
      new PlainStringProperties());
}

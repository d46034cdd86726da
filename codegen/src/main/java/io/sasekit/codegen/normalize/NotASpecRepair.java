package io.sasekit.codegen.normalize;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a rule's note name (its {@code static final String} constant) as one that repairs no spec
 * defect: the rule decides how valid spec constructs look in the registry or in Java (shapes, paging,
 * naming). Every other note name is a spec repair and is named on the {@code - generator:} line of its
 * defect's entry in {@code specs/spec-repairs.md}; {@code SpecRepairListTest} checks both.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.FIELD)
public @interface NotASpecRepair {}

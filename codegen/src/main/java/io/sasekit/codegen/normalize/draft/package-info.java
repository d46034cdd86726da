/**
 * The normalize stage's mutable drafts of the spec model ({@link
 * io.sasekit.codegen.normalize.draft.ApiModel}, {@code Resource}, {@code Operation}, {@code Parameter},
 * {@code Schema}): what the spec rules read and change. Same member names as the immutable types of
 * {@code io.sasekit.codegen.model}, into which {@code ApiModel.freeze()} turns a draft when every rule
 * has run; nothing after the normalize stage sees a draft.
 */
package io.sasekit.codegen.normalize.draft;

/**
 * The Masthead content model: immutable news types and the constraints that define a
 * well-formed and a publishable article.
 *
 * <p>{@link dev.masthead.model} holds the types; {@link dev.masthead.validation} the
 * constraints, validation groups and the validator facade; {@link dev.masthead.conversion} what a
 * conversion to or from another format reports it lost.
 */
module dev.masthead.core {
  requires transitive jakarta.validation;
  requires transitive org.jspecify;
  requires org.hibernate.validator;

  exports dev.masthead.conversion;
  exports dev.masthead.model;
  exports dev.masthead.validation;

  // Hibernate Validator reads the records and instantiates the constraint validators reflectively.
  opens dev.masthead.model to org.hibernate.validator;
  opens dev.masthead.validation.internal to org.hibernate.validator;
  opens dev.masthead.model.internal to org.hibernate.validator;
}

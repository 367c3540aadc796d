package io.github.fazhi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of fazhi's value types: builders through {@code X.builder()}, Guava
 * immutable collections (a builder makes one only when a first element is added), singular
 * {@code add…} methods, no Jackson, and every missing required attribute reported at once as a
 * {@link ValidationException}.
 *
 * <p>Public only so that fazhi's subpackages (such as {@code io.github.fazhi.check}) can carry the same
 * style; it is an annotation for Immutables' processor at compile time, not for users.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // An accessor xAsPut() is attribute x, its builder methods named after x: ReviewTally's generated
    // putDecision feeds decisionsAsPut(), which keeps a key put twice for build() to refuse with its path.
    get = {"get*", "*AsPut"},
    depluralize = true,
    depluralizeDictionary = {"workArea:workAreas", "review:reviews", "shortcoming:shortcomings",
        "plan:plans", "otherMatter:otherMatters", "taskArea:taskAreas", "measure:measures",
        "indicator:indicators", "headlineIndicator:headlineIndicators", "part:parts", "breakdown:breakdowns", "decision:decisions", "outcomeGroup:outcomeGroups",
        "leadershipDuty:leadershipDuty", "alias:aliases"},
    jacksonIntegration = false,
    jdkOnly = false,
    // A builder makes a collection's builder only when a first element is added: most lists of most
    // values (an indicator's parts and breakdowns, a measure's indicators) are empty (issue 26).
    deferCollectionAllocation = true,
    // Defaults and derived values are computed in the constructor without an init-cycle guard object
    // per value: none of them reads another default or derived value (only required attributes and
    // constants), which a new one must keep to.
    unsafeDefaultAndDerived = true,
    throwForInvalidImmutableState = ValidationException.class,
    // Only the source-retained @Generated: class files then name no annotation that users lack
    // (Immutables' own @Generated lives in value-annotations, which is compile-time only).
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class},
    defaults = @Value.Immutable(copy = true))
public @interface FazhiStyle {}

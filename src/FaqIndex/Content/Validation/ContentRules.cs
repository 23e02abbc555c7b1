using FaqIndex.Content.Validation.Rules;

namespace FaqIndex.Content.Validation;

/// <summary>The registry of content rules: add a rule here once and both the loader and <c>lint</c> run it.</summary>
public static class ContentRules
{
    /// <summary>Every rule, in the order their messages read best.</summary>
    public static IReadOnlyList<IContentRule> All { get; } =
    [
        new RequiredFieldsRule(),
        new UnknownFieldRule(),
        new FieldShapeRule(),
        new IdFormatRule(),
        new IdMatchesFileNameRule(),
        new AudienceRule(),
        new DateFieldsRule(),
        new ReviewedInFutureRule(),
        new ValidUntilPassedRule(),
        new EmptyAnswerRule(),
        new ControlCharacterRule(),
        new PhoneNumberRule(),
        new PastDateStatedAsFutureRule(),
        new SpaceBesideBoldRule(),
        new DuplicateIdRule(),
        new UnknownFollowUpRule(),
    ];
}

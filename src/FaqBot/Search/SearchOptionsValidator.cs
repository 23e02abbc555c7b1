using Microsoft.Extensions.Options;

namespace FaqBot.Search;

/// <summary>Checks <see cref="SearchOptions"/> at start-up, naming the key to fix.</summary>
public sealed class SearchOptionsValidator : IValidateOptions<SearchOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SearchOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ContentPath))
        {
            return ValidateOptionsResult.Fail($"{SearchOptions.SectionName}:ContentPath is empty: set it to the content folder (faq/ and dictionary/).");
        }
        if (!Directory.Exists(Path.Combine(options.ContentPath, "faq")))
        {
            return ValidateOptionsResult.Fail(
                $"{SearchOptions.SectionName}:ContentPath '{options.ContentPath}' has no faq/ folder: set it to the content folder.");
        }
        return ValidateOptionsResult.Success;
    }
}

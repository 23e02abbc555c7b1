using Microsoft.Extensions.Options;

namespace FaqBot.ContentHosting;

/// <summary>Checks <see cref="ContentOptions"/> at start-up, naming the key to fix.</summary>
public sealed class ContentOptionsValidator : IValidateOptions<ContentOptions>
{
    // A remembered result is a few hundred bytes plus its question (at most 256 chars); a million is already ~1 GB.
    private const int MaxResultCacheSize = 1_000_000;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        const string section = ContentOptions.SectionName;
        var path = options.ResolvedPath;
        if (!Directory.Exists(Path.Combine(path, FaqIndex.Content.FaqContentLoader.FaqFolder)))
        {
            return ValidateOptionsResult.Fail(string.IsNullOrWhiteSpace(options.Path)
                ? $"{section}:Path is not set and no content was found at '{path}': set {section}:Path to the content folder (faq/ and dictionary/)."
                : $"{section}:Path '{options.Path}' has no faq/ folder: set {section}:Path to the content folder (faq/ and dictionary/).");
        }
        if (options.ResultCacheSize is < 0 or > MaxResultCacheSize)
        {
            return ValidateOptionsResult.Fail(
                $"{section}:ResultCacheSize is {options.ResultCacheSize}: use 0 (off) to {MaxResultCacheSize}.");
        }
        if (options.ReloadDebounce < TimeSpan.Zero || options.ReloadDebounce > TimeSpan.FromMinutes(1))
        {
            return ValidateOptionsResult.Fail($"{section}:ReloadDebounce is {options.ReloadDebounce}: use 00:00:00 to 00:01:00.");
        }
        if (options.RescanInterval < TimeSpan.Zero || (options.RescanInterval > TimeSpan.Zero && options.RescanInterval < TimeSpan.FromMilliseconds(100)))
        {
            return ValidateOptionsResult.Fail($"{section}:RescanInterval is {options.RescanInterval}: use 00:00:00 (off) or at least 00:00:00.100.");
        }
        return ValidateOptionsResult.Success;
    }
}

namespace FaqIndex.Content.Validation.Rules;

/// <summary>Every entry answers today: an id whose every version has ended (valid_until passed with no successor), or
/// that has a gap today between two versions, is an error. An entry whose versions all start later is new content
/// prepared ahead and only warned about.</summary>
public sealed class ServedTodayRule : IContentRule
{
    /// <inheritdoc />
    public void Check(ContentRuleContext context)
    {
        var today = context.Today;
        foreach (var (id, versions) in context.FilesById())
        {
            FaqSourceFile? lastEnded = null;
            FaqSourceFile? firstLater = null;
            bool servedToday = false;
            foreach (var file in versions)
            {
                var window = file.Window;
                if (window.Contains(today))
                {
                    servedToday = true;
                    break;
                }
                if (window.EndsBefore(today) && (lastEnded is null || window.Until > lastEnded.Window.Until))
                {
                    lastEnded = file;
                }
                if (window.StartsAfter(today) && (firstLater is null || window.From < firstLater.Window.From))
                {
                    firstLater = file;
                }
            }
            if (servedToday)
            {
                continue;
            }
            if (lastEnded is not null)
            {
                var next = firstLater is null ? "and no version follows" : $"and the next version ({firstLater.RelativePath}) starts {firstLater.Window.From:yyyy-MM-dd}";
                context.Error(lastEnded, lastEnded.LineOf(FaqFields.ValidUntil),
                    $"entry '{id}' has no version valid today ({today:yyyy-MM-dd} in Tokyo): 'valid_until' {lastEnded.Window.Until:yyyy-MM-dd} has passed {next}; write the next version ({id}.<version>.md with 'valid_from' {lastEnded.Window.Until!.Value.AddDays(1):yyyy-MM-dd}) or extend 'valid_until'");
            }
            else if (firstLater is not null)
            {
                context.Warning(firstLater, firstLater.LineOf(FaqFields.ValidFrom),
                    $"entry '{id}' is not served yet: its first version starts {firstLater.Window.From:yyyy-MM-dd} (today is {today:yyyy-MM-dd} in Tokyo)");
            }
        }
    }
}

namespace FaqIndex.Content.Validation.Rules;

/// <summary>The warning editors need before the date, not after it: a version whose valid_until is within
/// <see cref="WarningDays"/> days and that no version of the same id follows the next day. After that day the entry
/// is no longer served (and <see cref="ServedTodayRule"/> makes it an error).</summary>
public sealed class ValidUntilSoonRule : IContentRule
{
    /// <summary>How many days ahead an ending without a successor is warned about.</summary>
    public const int WarningDays = 14;

    /// <inheritdoc />
    public void Check(ContentRuleContext context)
    {
        var today = context.Today;
        foreach (var (id, versions) in context.FilesById())
        {
            foreach (var file in versions)
            {
                if (file.Window.Until is not { } until || until < today || until.DayNumber - today.DayNumber > WarningDays)
                {
                    continue;
                }
                var dayAfter = until.AddDays(1);
                bool followed = false;
                foreach (var other in versions)
                {
                    followed |= !ReferenceEquals(other, file) && other.Window.Contains(dayAfter);
                }
                if (!followed)
                {
                    int days = until.DayNumber - today.DayNumber;
                    var when = days == 0 ? "today" : days == 1 ? "tomorrow" : $"in {days} days";
                    context.Warning(file, file.LineOf(FaqFields.ValidUntil),
                        $"'valid_until' {until:yyyy-MM-dd} is {when} and no version of '{id}' follows: from {dayAfter:yyyy-MM-dd} the entry will not be served; write {id}.<version>.md with 'valid_from' {dayAfter:yyyy-MM-dd}");
                }
            }
        }
    }
}

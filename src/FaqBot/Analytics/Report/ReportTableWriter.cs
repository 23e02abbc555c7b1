using System.Globalization;

namespace FaqBot.Analytics.Report;

/// <summary>The report as plain text for a terminal: one section per question an editor asks.</summary>
public static class ReportTableWriter
{
    private const int MaxRows = 20;

    /// <summary>Writes <paramref name="report"/>.</summary>
    public static void Write(TurnReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"FaqBot レポート {report.Since:yyyy-MM-dd} 〜 {report.Until:yyyy-MM-dd}（日本時間）: {report.Turns} ターン"));
        output.WriteLine(string.Create(c, $"応答時間: p50 {Ms(report.LatencyP50)} / p95 {Ms(report.LatencyP95)}"));

        Heading(output, "回答できなかった質問（似た質問ごと、多い順）");
        foreach (var group in report.Unanswered.Take(MaxRows))
        {
            output.WriteLine(string.Create(c, $"{group.Count,5}  {string.Join(" / ", group.Examples.Select(e => Line(e.Text)))}"));
        }

        Heading(output, "言い換えの候補（選択肢から選ばれた質問 → alternates add で追加できます）");
        foreach (var suggestion in report.Suggestions.Take(MaxRows))
        {
            output.WriteLine($"{suggestion.EntryId}  {Line(suggestion.EntryQuestion)}");
            foreach (var phrasing in suggestion.Phrasings)
            {
                output.WriteLine(string.Create(c, $"{phrasing.Count,5}  {Line(phrasing.Text)}"));
            }
        }

        Heading(output, "「いいえ」が多いエントリー");
        foreach (var entry in report.MostNo.Take(MaxRows))
        {
            output.WriteLine(string.Create(c, $"{entry.No,5}  {entry.Id}（はい {entry.Yes}、表示 {entry.Hits}）"));
        }

        Heading(output, "エントリーごとの表示回数");
        foreach (var entry in report.Entries.Take(MaxRows * 5))
        {
            output.WriteLine(string.Create(c, $"{entry.Hits,5}  {entry.Id}"));
        }

        Heading(output, "一度も表示されなかったエントリー");
        foreach (var entry in report.NeverHit)
        {
            output.WriteLine($"       {entry.Id}");
        }

        Heading(output, "日ごとの結果（質問数、回答・選択肢・回答なし・担当窓口の割合）");
        foreach (var day in report.Days)
        {
            output.WriteLine(string.Create(c,
                $"{day.Day:yyyy-MM-dd}  {day.Questions,5}  回答 {Percent(day.Share(day.Answered))}  選択肢 {Percent(day.Share(day.Ambiguous))}  回答なし {Percent(day.Share(day.NoAnswer))}  窓口 {Percent(day.Share(day.Escalated))}"));
        }

        Heading(output, "時間帯ごとのターン数（日本時間）");
        for (var hour = 0; hour < 24; hour++)
        {
            if (report.Hours[hour] > 0)
            {
                output.WriteLine(string.Create(c, $"{hour:00}時  {report.Hours[hour],5}"));
            }
        }
        output.Flush();
    }

    private static void Heading(TextWriter output, string title)
    {
        output.WriteLine();
        output.WriteLine("■ " + title);
    }

    private static string Percent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100,3:0}%");

    private static string Ms(double? value) => value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.0} ms") : "-";

    // One line per row whatever the member typed.
    private static string Line(string text) => ReportText.OneLine(text);
}

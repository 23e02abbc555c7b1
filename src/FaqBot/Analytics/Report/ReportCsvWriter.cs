using System.Globalization;

namespace FaqBot.Analytics.Report;

/// <summary>The report as one CSV table (RFC 4180, UTF-8 with BOM so Excel reads Japanese) in long form:
/// <c>section,key,metric,value</c>. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.</summary>
public static class ReportCsvWriter
{
    /// <summary>Writes <paramref name="report"/>.</summary>
    public static void Write(TurnReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        Row(output, "section", "key", "metric", "value");
        Row(output, "period", report.Since.ToString("yyyy-MM-dd", c), "until", report.Until.ToString("yyyy-MM-dd", c));
        Row(output, "period", "all", "turns", report.Turns.ToString(c));
        Row(output, "latency", "all", "p50_ms", report.LatencyP50?.ToString("0.0", c) ?? "");
        Row(output, "latency", "all", "p95_ms", report.LatencyP95?.ToString("0.0", c) ?? "");
        var number = 0;
        foreach (var group in report.Unanswered)
        {
            var key = (++number).ToString(c);
            Row(output, "unanswered", key, "count", group.Count.ToString(c));
            foreach (var example in group.Examples)
            {
                Row(output, "unanswered", key, "example", example.Text);
            }
        }
        foreach (var suggestion in report.Suggestions)
        {
            foreach (var phrasing in suggestion.Phrasings)
            {
                Row(output, "suggested_alternate", suggestion.EntryId, phrasing.Count.ToString(c), phrasing.Text);
            }
        }
        foreach (var entry in report.Entries)
        {
            Row(output, "entry", entry.Id, "hits", entry.Hits.ToString(c));
            Row(output, "entry", entry.Id, "yes", entry.Yes.ToString(c));
            Row(output, "entry", entry.Id, "no", entry.No.ToString(c));
        }
        foreach (var entry in report.NeverHit)
        {
            Row(output, "never_hit", entry.Id, "hits", "0");
        }
        foreach (var day in report.Days)
        {
            var key = day.Day.ToString("yyyy-MM-dd", c);
            Row(output, "day", key, "questions", day.Questions.ToString(c));
            Row(output, "day", key, "answered_rate", day.Share(day.Answered).ToString("0.000", c));
            Row(output, "day", key, "ambiguous_rate", day.Share(day.Ambiguous).ToString("0.000", c));
            Row(output, "day", key, "no_answer_rate", day.Share(day.NoAnswer).ToString("0.000", c));
            Row(output, "day", key, "escalated_rate", day.Share(day.Escalated).ToString("0.000", c));
        }
        for (var hour = 0; hour < 24; hour++)
        {
            Row(output, "hour", hour.ToString("00", c), "turns", report.Hours[hour].ToString(c));
        }
        output.Flush();
    }

    private static void Row(TextWriter output, params string[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }
            output.Write(Cell(cells[i]));
        }
        output.Write("\r\n");
    }

    /// <summary>One cell, quoted when needed and defused when a spreadsheet would evaluate it.</summary>
    public static string Cell(string value)
    {
        var text = ReportText.OneLine(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '＝' or '＋' or '－' or '＠')
        {
            text = "'" + text;
        }
        return text.AsSpan().IndexOfAny(",\"") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}

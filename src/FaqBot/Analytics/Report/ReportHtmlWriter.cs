using System.Globalization;
using System.Net;
using System.Text;

namespace FaqBot.Analytics.Report;

/// <summary>The report as one self-contained HTML file: inline CSS and SVG charts drawn here, no script, no fonts or
/// files from anywhere (a Content-Security-Policy forbids fetching), Japanese throughout, so it opens offline.</summary>
public static class ReportHtmlWriter
{
    private const int MaxGroupsCharted = 10;
    private const int MaxRows = 50;
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    // One colour per outcome, used by the chart and its legend.
    private static readonly (string Label, string Colour)[] Outcomes =
    [
        ("回答", "#2e7d32"), ("選択肢", "#f9a825"), ("回答なし", "#c62828"), ("窓口希望", "#1565c0"),
    ];

    /// <summary>Writes <paramref name="report"/>.</summary>
    public static void Write(TurnReport report, TextWriter output)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append(C, $"<title>FaqBot レポート {report.Since:yyyy-MM-dd} 〜 {report.Until:yyyy-MM-dd}</title>\n")
            .Append("<style>\n")
            .Append("body{font-family:\"Noto Sans CJK JP\",\"Hiragino Sans\",\"Yu Gothic UI\",\"Meiryo\",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222;line-height:1.6}\n")
            .Append("h1{font-size:1.5rem}h2{font-size:1.15rem;border-left:6px solid #1565c0;padding-left:.5rem;margin-top:2.5rem}\n")
            .Append("table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}\n")
            .Append("td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.muted{color:#666}\n")
            .Append(".cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:8px;padding:.6rem 1rem;min-width:10rem}\n")
            .Append(".card b{display:block;font-size:1.4rem}svg{max-width:100%;height:auto}svg text{font-family:inherit}\n")
            .Append("code{background:#f3f3f3;padding:0 .25rem;border-radius:3px}\n")
            .Append("</style>\n</head>\n<body>\n");
        html.Append(C, $"<h1>FaqBot レポート <span class=\"muted\">{report.Since:yyyy年M月d日} 〜 {report.Until:yyyy年M月d日}（日本時間）</span></h1>\n");
        Summary(html, report);

        html.Append("<h2>日ごとの結果</h2>\n");
        DailyChart(html, report.Days);
        DailyTable(html, report.Days);

        html.Append("<h2>回答できなかった質問（似た質問ごと、多い順）</h2>\n");
        GroupsChart(html, report.Unanswered);
        GroupsTable(html, report.Unanswered);

        html.Append("<h2>言い換えの候補</h2>\n<p class=\"muted\">選択肢から選ばれたときに会員が入力していた言葉です。")
            .Append("<code>alternates add &lt;エントリーID&gt; \"言い換え\"</code> で追加できます。</p>\n");
        SuggestionsTable(html, report.Suggestions);

        html.Append("<h2>「いいえ」が多いエントリー</h2>\n");
        EntryTable(html, report.MostNo.Take(MaxRows), showFeedback: true);
        html.Append("<h2>エントリーごとの表示回数</h2>\n");
        EntryTable(html, report.Entries.Take(MaxRows * 4), showFeedback: true);
        html.Append("<h2>一度も表示されなかったエントリー</h2>\n");
        EntryTable(html, report.NeverHit, showFeedback: false);

        html.Append("<h2>時間帯ごとのターン数（日本時間）</h2>\n");
        HoursChart(html, report.Hours);
        html.Append("</body>\n</html>\n");
        output.Write(html.ToString());
        output.Flush();
    }

    private static void Summary(StringBuilder html, TurnReport report)
    {
        var questions = report.Days.Sum(d => d.Questions);
        var answered = report.Days.Sum(d => d.Answered);
        var noAnswer = report.Days.Sum(d => d.NoAnswer);
        html.Append("<div class=\"cards\">\n");
        Card(html, "ターン数", report.Turns.ToString("N0", C));
        Card(html, "質問数", questions.ToString("N0", C));
        Card(html, "回答率", questions == 0 ? "-" : Percent((double)answered / questions));
        Card(html, "回答なし", questions == 0 ? "-" : Percent((double)noAnswer / questions));
        Card(html, "応答時間 p50 / p95", $"{Ms(report.LatencyP50)} / {Ms(report.LatencyP95)}");
        html.Append("</div>\n");
    }

    private static void Card(StringBuilder html, string label, string value) =>
        html.Append("<div class=\"card\">").Append(Encode(label)).Append("<b>").Append(Encode(value)).Append("</b></div>\n");

    // Stacked columns: each day's questions split by how they ended.
    private static void DailyChart(StringBuilder html, IReadOnlyList<DayRates> days)
    {
        if (days.Count == 0)
        {
            html.Append("<p class=\"muted\">この期間の記録はありません。</p>\n");
            return;
        }
        const int height = 220, top = 20, left = 48, bottom = 40;
        var barWidth = Math.Clamp(900 / days.Count, 4, 40);
        var width = left + days.Count * barWidth + 20;
        var max = NiceMax(days.Max(d => d.Questions));
        html.Append(C, $"<svg id=\"daily-chart\" role=\"img\" aria-label=\"日ごとの結果\" viewBox=\"0 0 {width} {height + top + bottom + 24}\" width=\"{width}\">\n");
        Axis(html, left, top, height, max, width);
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var parts = new[] { day.Answered, day.Ambiguous, day.NoAnswer, Math.Max(0, day.Questions - day.Answered - day.Ambiguous - day.NoAnswer) };
            double y = top + height;
            for (var p = 0; p < parts.Length; p++)
            {
                var h = (double)parts[p] / max * height;
                if (h > 0)
                {
                    y -= h;
                    html.Append(C, $"<rect x=\"{left + i * barWidth + 1}\" y=\"{y:0.0}\" width=\"{barWidth - 2}\" height=\"{h:0.0}\" fill=\"{Outcomes[p].Colour}\"><title>{day.Day:M/d} {Encode(Outcomes[p].Label)} {parts[p]}</title></rect>\n");
                }
            }
            if (days.Count <= 16 || i % (days.Count / 8 + 1) == 0)
            {
                html.Append(C, $"<text x=\"{left + i * barWidth + barWidth / 2}\" y=\"{top + height + 16}\" font-size=\"11\" text-anchor=\"middle\">{day.Day:M/d}</text>\n");
            }
        }
        Legend(html, left, top + height + bottom);
        html.Append("</svg>\n");
    }

    private static void Axis(StringBuilder html, int left, int top, int height, int max, int width)
    {
        for (var step = 0; step <= 4; step++)
        {
            var value = max / 4 * step;
            var y = top + height - height * step / 4.0;
            html.Append(C, $"<line x1=\"{left}\" x2=\"{width - 10}\" y1=\"{y:0.0}\" y2=\"{y:0.0}\" stroke=\"#e0e0e0\"/>")
                .Append(C, $"<text x=\"{left - 6}\" y=\"{y + 4:0.0}\" font-size=\"11\" text-anchor=\"end\">{value}</text>\n");
        }
    }

    // An axis top divisible into four whole steps, so every tick is a count.
    private static int NiceMax(int max) => Math.Max(4, (max + 3) / 4 * 4);

    private static void Legend(StringBuilder html, int x, int y)
    {
        for (var p = 0; p < Outcomes.Length; p++)
        {
            html.Append(C, $"<rect x=\"{x + p * 110}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{Outcomes[p].Colour}\"/>")
                .Append(C, $"<text x=\"{x + p * 110 + 16}\" y=\"{y + 11}\" font-size=\"12\">{Encode(Outcomes[p].Label)}</text>\n");
        }
    }

    // Horizontal bars: the biggest groups of unanswered questions, labelled with their commonest phrasing.
    private static void GroupsChart(StringBuilder html, IReadOnlyList<QuestionGroup> groups)
    {
        if (groups.Count == 0)
        {
            html.Append("<p class=\"muted\">回答できなかった質問はありません。</p>\n");
            return;
        }
        var shown = groups.Take(MaxGroupsCharted).ToList();
        const int label = 420, barMax = 480, row = 26;
        var max = shown.Max(g => g.Count);
        html.Append(C, $"<svg id=\"groups-chart\" role=\"img\" aria-label=\"回答できなかった質問\" viewBox=\"0 0 {label + barMax + 60} {shown.Count * row + 10}\" width=\"{label + barMax + 60}\">\n");
        for (var i = 0; i < shown.Count; i++)
        {
            var w = Math.Max(2.0, (double)shown[i].Count / max * barMax);
            var y = 5 + i * row;
            html.Append(C, $"<text x=\"{label - 8}\" y=\"{y + 16}\" font-size=\"13\" text-anchor=\"end\">{Encode(Short(shown[i].Examples[0].Text, 30))}</text>")
                .Append(C, $"<rect x=\"{label}\" y=\"{y + 3}\" width=\"{w:0.0}\" height=\"{row - 8}\" fill=\"#c62828\"/>")
                .Append(C, $"<text x=\"{label + w + 6:0.0}\" y=\"{y + 16}\" font-size=\"12\">{shown[i].Count}</text>\n");
        }
        html.Append("</svg>\n");
    }

    // Columns: turns per hour of the Tokyo day.
    private static void HoursChart(StringBuilder html, IReadOnlyList<int> hours)
    {
        const int height = 160, top = 10, left = 48, bar = 30;
        var max = NiceMax(hours.Max());
        var width = left + 24 * bar + 20;
        html.Append(C, $"<svg id=\"hours-chart\" role=\"img\" aria-label=\"時間帯ごとのターン数\" viewBox=\"0 0 {width} {height + top + 30}\" width=\"{width}\">\n");
        Axis(html, left, top, height, max, width);
        for (var hour = 0; hour < 24; hour++)
        {
            var h = (double)hours[hour] / max * height;
            html.Append(C, $"<rect x=\"{left + hour * bar + 2}\" y=\"{top + height - h:0.0}\" width=\"{bar - 4}\" height=\"{h:0.0}\" fill=\"#1565c0\"><title>{hour}時 {hours[hour]}</title></rect>")
                .Append(C, $"<text x=\"{left + hour * bar + bar / 2}\" y=\"{top + height + 16}\" font-size=\"11\" text-anchor=\"middle\">{hour}</text>\n");
        }
        html.Append("</svg>\n");
    }

    private static void DailyTable(StringBuilder html, IReadOnlyList<DayRates> days)
    {
        html.Append("<table><thead><tr><th>日付</th><th class=\"n\">質問数</th><th class=\"n\">回答</th><th class=\"n\">選択肢</th><th class=\"n\">回答なし</th><th class=\"n\">担当窓口へ</th></tr></thead><tbody>\n");
        foreach (var day in days)
        {
            html.Append(C, $"<tr><td>{day.Day:yyyy-MM-dd}</td><td class=\"n\">{day.Questions}</td><td class=\"n\">{Percent(day.Share(day.Answered))}</td><td class=\"n\">{Percent(day.Share(day.Ambiguous))}</td><td class=\"n\">{Percent(day.Share(day.NoAnswer))}</td><td class=\"n\">{Percent(day.Share(day.Escalated))}</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static void GroupsTable(StringBuilder html, IReadOnlyList<QuestionGroup> groups)
    {
        if (groups.Count == 0)
        {
            return;
        }
        html.Append("<table><thead><tr><th class=\"n\">件数</th><th>質問の例</th></tr></thead><tbody>\n");
        foreach (var group in groups.Take(MaxRows))
        {
            html.Append(C, $"<tr><td class=\"n\">{group.Count}</td><td>")
                .AppendJoin("<br>", group.Examples.Select(e => Encode(e.Text) + (e.Count > 1 ? string.Create(C, $" <span class=\"muted\">×{e.Count}</span>") : "")))
                .Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static void SuggestionsTable(StringBuilder html, IReadOnlyList<AlternateSuggestions> suggestions)
    {
        if (suggestions.Count == 0)
        {
            html.Append("<p class=\"muted\">候補はありません。</p>\n");
            return;
        }
        html.Append("<table><thead><tr><th>エントリー</th><th>会員の入力</th><th class=\"n\">回数</th></tr></thead><tbody>\n");
        foreach (var suggestion in suggestions.Take(MaxRows))
        {
            foreach (var phrasing in suggestion.Phrasings)
            {
                html.Append("<tr><td><code>").Append(Encode(suggestion.EntryId)).Append("</code><br><span class=\"muted\">")
                    .Append(Encode(suggestion.EntryQuestion)).Append("</span></td><td>").Append(Encode(phrasing.Text))
                    .Append(C, $"</td><td class=\"n\">{phrasing.Count}</td></tr>\n");
            }
        }
        html.Append("</tbody></table>\n");
    }

    private static void EntryTable(StringBuilder html, IEnumerable<EntryStats> entries, bool showFeedback)
    {
        var rows = entries.ToList();
        if (rows.Count == 0)
        {
            html.Append("<p class=\"muted\">該当なし</p>\n");
            return;
        }
        html.Append("<table><thead><tr><th>エントリー</th><th>質問</th>")
            .Append(showFeedback ? "<th class=\"n\">表示</th><th class=\"n\">はい</th><th class=\"n\">いいえ</th>" : "")
            .Append("</tr></thead><tbody>\n");
        foreach (var entry in rows)
        {
            html.Append("<tr><td><code>").Append(Encode(entry.Id)).Append("</code></td><td>").Append(Encode(entry.Question)).Append("</td>");
            if (showFeedback)
            {
                html.Append(C, $"<td class=\"n\">{entry.Hits}</td><td class=\"n\">{entry.Yes}</td><td class=\"n\">{entry.No}</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n");
    }

    private static string Short(string text, int max) => FaqIndex.Text.TextCut.CutWithEllipsis(ReportText.OneLine(text), max);

    private static string Percent(double share) => (share * 100).ToString("0", C) + "%";

    private static string Ms(double? value) => value is { } v ? v.ToString("0.0", C) + " ms" : "-";

    private static string Encode(string text) => WebUtility.HtmlEncode(ReportText.OneLine(text));
}

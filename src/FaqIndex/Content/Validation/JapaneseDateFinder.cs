using System.Text.RegularExpressions;

namespace FaqIndex.Content.Validation;

/// <summary>Finds calendar dates in Japanese text: 令和7年12月1日, 平成31年4月30日, 2025年12月1日, 2025-12-01, 2025/12/1.</summary>
public static partial class JapaneseDateFinder
{
    [GeneratedRegex(@"(?:(?<era>令和|平成)\s*(?<ey>[0-9０-９]{1,2}|元)|(?<y>[0-9０-９]{4}))\s*年\s*(?<m>[0-9０-９]{1,2})\s*月\s*(?<d>[0-9０-９]{1,2})\s*日|(?<![0-9])(?<iy>[0-9]{4})[-/](?<im>[0-9]{1,2})[-/](?<id>[0-9]{1,2})(?![0-9])")]
    private static partial Regex DatePattern();

    /// <summary>Every valid date in <paramref name="text"/> with the offset and length of its spelling.</summary>
    public static IEnumerable<(DateOnly Date, int Offset, int Length)> Find(string text)
    {
        foreach (Match match in DatePattern().Matches(text))
        {
            int year, month, day;
            if (match.Groups["iy"].Success)
            {
                year = Number(match.Groups["iy"].Value);
                month = Number(match.Groups["im"].Value);
                day = Number(match.Groups["id"].Value);
            }
            else
            {
                if (match.Groups["era"].Success)
                {
                    int eraYear = match.Groups["ey"].Value == "元" ? 1 : Number(match.Groups["ey"].Value);
                    year = (match.Groups["era"].Value == "令和" ? 2018 : 1988) + eraYear;
                }
                else
                {
                    year = Number(match.Groups["y"].Value);
                }
                month = Number(match.Groups["m"].Value);
                day = Number(match.Groups["d"].Value);
            }
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && year is >= 1 and <= 9999)
            {
                yield return (new DateOnly(year, month, day), match.Index, match.Length);
            }
        }
    }

    private static int Number(string digits) => int.Parse(PhoneNumberFinder.Digits(digits), System.Globalization.CultureInfo.InvariantCulture);
}

using System.Buffers;
using FaqIndex.Content.Validation;

namespace FaqIndex.Text;

/// <summary>The one place that finds personal data in what a member typed — My Numbers (check digit verified), phone
/// numbers, e-mail addresses, the 記号・番号 of a card — so logs, analytics, stored state and the transcript never hold
/// it. Dates, amounts and the kenpo's own published numbers are look-alikes and stay.</summary>
public static class PersonalDataRedactor
{
    /// <summary>The character that replaces each character of personal data.</summary>
    public const char Mask = '*';

    // Groups joined by more separators than this are separate numbers.
    private const int MaxJoinerRun = 3;

    // Stop gathering groups past this many; the rest of a hostile "1 2 3 4 …" run is scanned as a run of its own.
    private const int MaxGroups = 32;

    // Digits after 記号/番号 further away than this are not the card's.
    private const int MaxKeywordGap = 8;

    private static readonly SearchValues<char> Triggers = SearchValues.Create("0123456789０１２３４５６７８９@＠");
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789０１２３４５６７８９");
    private static readonly SearchValues<char> Joiners = SearchValues.Create("-－‐‑–—−ーｰ ()（）　");
    private static readonly SearchValues<char> Hyphens = SearchValues.Create("-－‐‑–—−ーｰ");
    private static readonly SearchValues<char> KeywordFillers = SearchValues.Create(" 　:：はがの、,，=＝「『(（・/／-－");
    private static readonly SearchValues<char> CountSuffixes = SearchValues.Create("桁つ個回件人枚歳才日月年時分円週");
    private static readonly SearchValues<char> AmountSuffixes = SearchValues.Create("円万億千");
    private static readonly string[] CardKeywords = ["記号", "番号", "枝番"];
    private static readonly string[] PublishedNumbers = PublishedDigits();

    /// <summary>The text with every character of personal data replaced by <see cref="Mask"/> (same length, so the
    /// member sees where it was: 「マイナンバーは************です」). Null becomes empty.</summary>
    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var matches = Find(text);
        if (matches.Count == 0)
        {
            return text;
        }
        return string.Create(text.Length, (text, matches), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            foreach (var match in state.matches)
            {
                span.Slice(match.Start, match.Length).Fill(Mask);
            }
        });
    }

    /// <summary>The text with each piece of personal data replaced by one space: what the search sees, so masks do
    /// not disturb matching and the data never reaches the search's logs.</summary>
    public static string RemoveForSearch(string text)
    {
        var matches = Find(text);
        if (matches.Count == 0)
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length);
        var from = 0;
        foreach (var match in matches)
        {
            builder.Append(text, from, match.Start - from).Append(' ');
            from = match.End;
        }
        return builder.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>True when the text holds any personal data.</summary>
    public static bool ContainsPersonalData(string? text) => !string.IsNullOrEmpty(text) && Find(text).Count > 0;

    /// <summary>Every piece of personal data in <paramref name="text"/>, in order, not overlapping.</summary>
    public static IReadOnlyList<PersonalDataMatch> Find(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(Triggers) < 0)
        {
            return [];
        }
        var matches = new List<PersonalDataMatch>();
        FindEmails(text, matches);
        var emails = matches.Count;
        FindNumbers(text, matches, emails);
        if (emails > 0 && matches.Count > emails)
        {
            matches.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
        return matches;
    }

    private static void FindEmails(string text, List<PersonalDataMatch> matches)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOfAny('@', '＠');
            if (at < 0)
            {
                return;
            }
            at += from;
            if (TryEmail(text, at, out var start, out var end))
            {
                matches.Add(new PersonalDataMatch(start, end - start, PersonalDataKind.Email));
                from = end;
            }
            else
            {
                from = at + 1;
            }
        }
    }

    private static bool TryEmail(string text, int at, out int start, out int end)
    {
        start = at;
        while (start > 0 && IsLocalPartChar(Fold(text[start - 1])))
        {
            start--;
        }
        while (start < at && Fold(text[start]) == '.')
        {
            start++;
        }
        end = at + 1;
        while (end < text.Length && IsDomainChar(Fold(text[end])))
        {
            end++;
        }
        while (end > at + 1 && Fold(text[end - 1]) is '.' or '-')
        {
            end--;
        }
        if (start == at)
        {
            return false;
        }
        var lastDot = -1;
        for (var i = at + 1; i < end; i++)
        {
            if (Fold(text[i]) == '.')
            {
                lastDot = i;
            }
        }
        if (lastDot <= at + 1 || end - lastDot - 1 < 2)
        {
            return false;
        }
        for (var i = lastDot + 1; i < end; i++)
        {
            if (!char.IsAsciiLetter(Fold(text[i])))
            {
                return false;
            }
        }
        return true;
    }

    private static void FindNumbers(string text, List<PersonalDataMatch> matches, int emails)
    {
        Span<int> groups = stackalloc int[MaxGroups * 2];
        var cursor = 0;
        var position = 0;
        while (position < text.Length)
        {
            var next = text.AsSpan(position).IndexOfAny(Digits);
            if (next < 0)
            {
                return;
            }
            var runStart = position + next;
            if (InsideEmail(matches, emails, ref cursor, runStart, out var emailEnd))
            {
                position = emailEnd;
                continue;
            }
            var count = ReadGroups(text, runStart, groups, matches, emails, ref cursor);
            position = groups[(count - 1) * 2 + 1];
            ClassifyRun(text, groups[..(count * 2)], matches);
        }
    }

    // Reads digit groups joined by short runs of separators into pairs (start, end); returns how many.
    private static int ReadGroups(string text, int start, Span<int> groups, List<PersonalDataMatch> matches, int emails,
        ref int cursor)
    {
        var count = 0;
        var i = start;
        while (count < MaxGroups)
        {
            var groupStart = i;
            while (i < text.Length && Digits.Contains(text[i]))
            {
                i++;
            }
            groups[count * 2] = groupStart;
            groups[count * 2 + 1] = i;
            count++;
            var j = i;
            while (j < text.Length && j - i < MaxJoinerRun && Joiners.Contains(text[j]))
            {
                j++;
            }
            if (j == i || j >= text.Length || !Digits.Contains(text[j]) || InsideEmail(matches, emails, ref cursor, j, out _))
            {
                break;
            }
            i = j;
        }
        return count;
    }

    // Splits a run where a date (2026-12-01) sits in it, then classifies each part.
    private static void ClassifyRun(string text, ReadOnlySpan<int> groups, List<PersonalDataMatch> matches)
    {
        var count = groups.Length / 2;
        var partStart = 0;
        var g = 0;
        while (g < count)
        {
            if (IsDate(text, groups, g))
            {
                if (g > partStart)
                {
                    ClassifyPart(text, groups[(partStart * 2)..(g * 2)], matches);
                }
                g += 3;
                partStart = g;
                continue;
            }
            g++;
        }
        if (count > partStart)
        {
            ClassifyPart(text, groups[(partStart * 2)..], matches);
        }
    }

    private static bool IsDate(string text, ReadOnlySpan<int> groups, int g)
    {
        if (g + 2 >= groups.Length / 2)
        {
            return false;
        }
        var (yearStart, yearEnd) = (groups[g * 2], groups[g * 2 + 1]);
        var (monthStart, monthEnd) = (groups[g * 2 + 2], groups[g * 2 + 3]);
        var (dayStart, dayEnd) = (groups[g * 2 + 4], groups[g * 2 + 5]);
        if (yearEnd - yearStart != 4 || monthEnd - monthStart is < 1 or > 2 || dayEnd - dayStart is < 1 or > 2
            || monthStart - yearEnd != 1 || dayStart - monthEnd != 1
            || !Hyphens.Contains(text[yearEnd]) || text[monthEnd] != text[yearEnd])
        {
            return false;
        }
        var century = Value(text, yearStart, yearStart + 2);
        var month = Value(text, monthStart, monthEnd);
        var day = Value(text, dayStart, dayEnd);
        return century is 19 or 20 && month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    private static void ClassifyPart(string text, ReadOnlySpan<int> groups, List<PersonalDataMatch> matches)
    {
        var start = groups[0];
        var end = groups[^1];
        var digitCount = 0;
        for (var g = 0; g < groups.Length; g += 2)
        {
            digitCount += groups[g + 1] - groups[g];
        }
        var international = start > 0 && text[start - 1] is '+' or '＋';
        if (IsAmount(text, start, end))
        {
            return;
        }
        PersonalDataKind? kind = null;
        if (digitCount == 12 && HasMyNumberCheckDigit(text, groups))
        {
            kind = PersonalDataKind.MyNumber;
        }
        else if (international && digitCount is >= 10 and <= 13)
        {
            kind = PersonalDataKind.PhoneNumber;
        }
        else if (digitCount is 10 or 11 && Fold(text[start]) == '0')
        {
            kind = IsPublished(text, groups) ? null : PersonalDataKind.PhoneNumber;
        }
        else if (digitCount >= 10)
        {
            kind = PersonalDataKind.LongNumber;
        }
        else if (groups.Length >= 4 && digitCount >= 8 && AllJoinersAreHyphens(text, groups))
        {
            kind = PersonalDataKind.PhoneNumber; // a local number without its area code: 5213-4467
        }
        else if (FollowsCardKeyword(text, start) && !IsCount(text, end))
        {
            kind = PersonalDataKind.CardNumber;
        }
        if (kind is { } found)
        {
            var maskStart = international ? start - 1 : start;
            matches.Add(new PersonalDataMatch(maskStart, end - maskStart, found));
        }
    }

    // マイナンバー: 11 digits and a check digit, weights 2–7 then 2–6 from the right (番号法施行規則 第5条).
    private static bool HasMyNumberCheckDigit(string text, ReadOnlySpan<int> groups)
    {
        Span<int> digits = stackalloc int[12];
        var n = 0;
        for (var g = 0; g < groups.Length; g += 2)
        {
            for (var i = groups[g]; i < groups[g + 1]; i++)
            {
                digits[n++] = Fold(text[i]) - '0';
            }
        }
        var sum = 0;
        for (var k = 1; k <= 11; k++)
        {
            var weight = k <= 6 ? k + 1 : k - 5;
            sum += digits[11 - k] * weight;
        }
        var remainder = sum % 11;
        var check = remainder <= 1 ? 0 : 11 - remainder;
        return digits[11] == check;
    }

    private static bool IsPublished(string text, ReadOnlySpan<int> groups)
    {
        Span<char> digits = stackalloc char[11];
        var n = 0;
        for (var g = 0; g < groups.Length; g += 2)
        {
            for (var i = groups[g]; i < groups[g + 1] && n < digits.Length; i++)
            {
                digits[n++] = Fold(text[i]);
            }
        }
        foreach (var published in PublishedNumbers)
        {
            if (digits[..n].SequenceEqual(published))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AllJoinersAreHyphens(string text, ReadOnlySpan<int> groups)
    {
        for (var g = 2; g < groups.Length; g += 2)
        {
            for (var i = groups[g - 1]; i < groups[g]; i++)
            {
                if (!Hyphens.Contains(text[i]))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static bool IsAmount(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : '\0';
        var after = end < text.Length ? text[end] : '\0';
        return before is '¥' or '￥' or '\\' || AmountSuffixes.Contains(after);
    }

    private static bool FollowsCardKeyword(string text, int start)
    {
        var i = start;
        while (i > 0 && start - i < MaxKeywordGap && KeywordFillers.Contains(text[i - 1]))
        {
            i--;
        }
        foreach (var keyword in CardKeywords)
        {
            if (i >= keyword.Length && text.AsSpan(i - keyword.Length, keyword.Length).SequenceEqual(keyword))
            {
                return true;
            }
        }
        return false;
    }

    // 番号は3桁, 記号は2つ: a count, not an identifier.
    private static bool IsCount(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '　')
        {
            i++;
        }
        return i < text.Length && (CountSuffixes.Contains(text[i]) || text.AsSpan(i).StartsWith("番目") || text.AsSpan(i).StartsWith("ヶ月")
            || text.AsSpan(i).StartsWith("か月"));
    }

    // Positions only grow, so the e-mails (in order) are walked once with a cursor.
    private static bool InsideEmail(List<PersonalDataMatch> matches, int emails, ref int cursor, int position, out int end)
    {
        while (cursor < emails && matches[cursor].End <= position)
        {
            cursor++;
        }
        if (cursor < emails && matches[cursor].Start <= position)
        {
            end = matches[cursor].End;
            return true;
        }
        end = -1;
        return false;
    }

    private static int Value(string text, int start, int end)
    {
        var value = 0;
        for (var i = start; i < end; i++)
        {
            value = value * 10 + (Fold(text[i]) - '0');
        }
        return value;
    }

    private static string[] PublishedDigits()
    {
        var numbers = new string[KnownContacts.PhoneNumbers.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = new string(KnownContacts.PhoneNumbers[i].Where(char.IsAsciiDigit).ToArray());
        }
        return numbers;
    }

    // Full-width ASCII (ｔａｒｏ＠…, １２３) as members' IMEs type it, folded to ASCII.
    private static char Fold(char c) => c is >= '！' and <= '～' ? (char)(c - 0xFEE0) : c;

    private static bool IsLocalPartChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
}

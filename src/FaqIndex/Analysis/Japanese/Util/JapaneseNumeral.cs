using System.Globalization;

namespace FaqIndex.Analysis.Japanese.Util;

/// <summary>Reads numbers written with kanji numerals, Arabic digits or both (一〇〇〇, 三千二百, ３．２千, 1,000)
/// and writes them as plain Arabic numbers (1000, 3200, 3200, 1000).</summary>
internal static class JapaneseNumeral
{
    /// <summary>Longest number text that is read; longer runs are left as they are.</summary>
    public const int MaxLength = 64;

    /// <summary>Longest output of <see cref="TryNormalize"/>.</summary>
    public const int MaxOutputLength = 64;

    /// <summary>True for the characters a number token is made of: digits (any width), 〇一…九, 十百千, 万億兆京.</summary>
    public static bool IsNumeralChar(char c) => DigitValue(c) >= 0 || SmallUnit(c) > 0 || LargeUnit(c) > 0;

    /// <summary>True for the separators that may sit between digits: a thousands comma or a decimal point.</summary>
    public static bool IsSeparator(char c) => c is ',' or '.' or '，' or '．';

    /// <summary>True when <paramref name="text"/> is only digits (0120, ０１２０): such numbers keep their leading
    /// zeros (phone numbers, insurer numbers) and are only folded to ASCII.</summary>
    public static bool IsPlainDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is not (>= '0' and <= '9' or >= '０' and <= '９'))
            {
                return false;
            }
        }
        return text.Length > 0;
    }

    /// <summary>Writes the value of <paramref name="text"/> in Arabic digits (no grouping, no trailing fraction zeros)
    /// into <paramref name="destination"/>; false when the text is not a well-formed number or is out of range.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        written = 0;
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }
        if (IsPlainDigits(text))
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                destination[i] = c <= '9' ? c : (char)(c - '０' + '0');
            }
            written = text.Length;
            return true;
        }
        try
        {
            decimal total = 0m;
            decimal group = 0m;          // value below the current 万/億/兆/京 unit
            decimal mantissa = 0m;       // digits of the current coefficient
            int scale = -1;              // digits after its decimal point, -1 before any point
            bool hasCoefficient = false;
            foreach (char c in text)
            {
                int digit = DigitValue(c);
                if (digit >= 0)
                {
                    mantissa = checked(mantissa * 10 + digit);
                    if (scale >= 0 && ++scale > 20)
                    {
                        return false;
                    }
                    hasCoefficient = true;
                    continue;
                }
                if (c is ',' or '，')
                {
                    if (scale >= 0 || !hasCoefficient)
                    {
                        return false;    // a comma belongs between the digits of the integer part
                    }
                    continue;
                }
                if (c is '.' or '．')
                {
                    if (scale >= 0 || !hasCoefficient)
                    {
                        return false;
                    }
                    scale = 0;
                    continue;
                }
                int small = SmallUnit(c);
                if (small > 0)
                {
                    group = checked(group + (hasCoefficient ? Coefficient(mantissa, scale) : 1m) * small);
                }
                else
                {
                    decimal large = LargeUnit(c);
                    if (large == 0)
                    {
                        return false;
                    }
                    // A bare 万 counts one 万; 〇万 is zero.
                    decimal part = hasCoefficient || group != 0m ? group + (hasCoefficient ? Coefficient(mantissa, scale) : 0m) : 1m;
                    total = checked(total + part * large);
                    group = 0m;
                }
                mantissa = 0m;
                scale = -1;
                hasCoefficient = false;
            }
            if (scale == 0)
            {
                return false;            // ends with a decimal point
            }
            total = checked(total + group + (hasCoefficient ? Coefficient(mantissa, scale) : 0m));
            return total.TryFormat(destination, out written, "0.####################", CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static decimal Coefficient(decimal mantissa, int scale)
    {
        for (int i = 0; i < scale; i++)
        {
            mantissa /= 10m;
        }
        return mantissa;
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        '〇' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int SmallUnit(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };

    private static decimal LargeUnit(char c) => c switch
    {
        '万' => 1_0000m,
        '億' => 1_0000_0000m,
        '兆' => 1_0000_0000_0000m,
        '京' => 1_0000_0000_0000_0000m,
        _ => 0m,
    };
}

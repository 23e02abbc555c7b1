using FaqIndex.Content;

namespace FaqIndex.Search.Evaluation;

/// <summary>Reads the evaluation files in tests/eval (<c>question	expected	audience	note</c>, header first).</summary>
public static class EvalSet
{
    /// <summary>Reads a TSV; a missing audience column means member.</summary>
    public static IReadOnlyList<EvalQuestion> Load(string path)
    {
        var rows = new List<EvalQuestion>();
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (line == 1 || text.Length == 0 || text[0] == '#')
            {
                continue;
            }
            var columns = text.Split('\t');
            if (columns.Length < 2)
            {
                throw new FormatException($"{path}:{line}: expected 'question<TAB>expected[<TAB>audience<TAB>note]'");
            }
            var expected = columns[1].Trim() == "-" ? [] : columns[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var audience = columns.Length > 2 && columns[2].Trim() == "hr" ? Audience.Hr : Audience.Member;
            rows.Add(new EvalQuestion(columns[0], expected, audience, columns.Length > 3 ? columns[3] : "", line));
        }
        return rows;
    }
}

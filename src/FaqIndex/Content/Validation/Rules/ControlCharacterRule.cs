namespace FaqIndex.Content.Validation.Rules;

/// <summary>Control characters (other than tab and line breaks) are invisible in an editor and garble a chat bubble.</summary>
public sealed class ControlCharacterRule : FileRule
{
    /// <inheritdoc />
    protected override void Check(FaqSourceFile file, ContentRuleContext context)
    {
        foreach (var field in file.FrontMatter.Fields)
        {
            if (field.Scalar is { } scalar && IndexOfControl(scalar.Value) is var i && i >= 0)
            {
                Report(file, context, scalar.Line, $"'{field.Key}'", scalar.Value[i]);
            }
            foreach (var item in field.Items ?? [])
            {
                if (IndexOfControl(item.Value) is var j && j >= 0)
                {
                    Report(file, context, item.Line, $"'{field.Key}'", item.Value[j]);
                }
            }
        }
        if (IndexOfControl(file.Body) is var k && k >= 0)
        {
            Report(file, context, file.LineOfBodyOffset(k), "the answer", file.Body[k]);
        }
    }

    private static void Report(FaqSourceFile file, ContentRuleContext context, int line, string where, char c) =>
        context.Error(file, line, $"{where} contains the control character U+{(int)c:X4}");

    private static int IndexOfControl(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((c < ' ' && c is not ('\t' or '\r' or '\n')) || c is '\u007F' || (c >= '\u0080' && c <= '\u009F'))
            {
                return i;
            }
        }
        return -1;
    }
}

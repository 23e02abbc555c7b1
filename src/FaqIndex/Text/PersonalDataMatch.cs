namespace FaqIndex.Text;

/// <summary>One piece of personal data in a text: where it is and what it is.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="Length">Its length in UTF-16 characters.</param>
/// <param name="Kind">What it is.</param>
public readonly record struct PersonalDataMatch(int Start, int Length, PersonalDataKind Kind)
{
    /// <summary>Offset just past its last character.</summary>
    public int End => Start + Length;
}

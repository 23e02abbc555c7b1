using System.Text;
using FaqIndex.Analysis.Japanese.Util;

namespace FaqIndex.Tests.Analysis.Japanese.Util;

public class KanaVoicingTests
{
    [Fact]
    public void VoicedAndSemiVoicedFormsAgreeWithUnicodeComposition()
    {
        // NFC composes a kana with combining U+3099 / U+309A exactly when a precomposed voiced form exists.
        for (char c = '\u3041'; c <= '\u30FE'; c++)
        {
            if (c is >= '\u3097' and <= '\u30A0' and not ('\u309D' or '\u309E'))
            {
                continue;
            }
            string voiced = (c + "\u3099").Normalize(NormalizationForm.FormC);
            Assert.Equal(voiced.Length == 1 ? voiced[0] : '\0', KanaVoicing.Voiced(c));
            string semiVoiced = (c + "\u309A").Normalize(NormalizationForm.FormC);
            Assert.Equal(semiVoiced.Length == 1 ? semiVoiced[0] : '\0', KanaVoicing.SemiVoiced(c));
        }
    }

    [Fact]
    public void UnvoicedUndoesVoiced()
    {
        for (char c = '\u3041'; c <= '\u30FE'; c++)
        {
            char voiced = KanaVoicing.Voiced(c);
            if (voiced != '\0')
            {
                Assert.Equal(c, KanaVoicing.Unvoiced(voiced));
            }
            else if (KanaVoicing.Unvoiced(c) is var plain and not '\0')
            {
                Assert.Equal(c, KanaVoicing.Voiced(plain));
            }
        }
        Assert.Equal('\0', KanaVoicing.Unvoiced('ぱ'));
        Assert.Equal('\0', KanaVoicing.Unvoiced('a'));
    }

    [Fact]
    public void MarksAreRecognisedInEveryWidth()
    {
        Assert.True(KanaVoicing.IsVoicedMark('\u3099') && KanaVoicing.IsVoicedMark('゛') && KanaVoicing.IsVoicedMark('ﾞ'));
        Assert.True(KanaVoicing.IsSemiVoicedMark('\u309A') && KanaVoicing.IsSemiVoicedMark('゜') && KanaVoicing.IsSemiVoicedMark('ﾟ'));
        Assert.False(KanaVoicing.IsVoicedMark('ー'));
    }
}

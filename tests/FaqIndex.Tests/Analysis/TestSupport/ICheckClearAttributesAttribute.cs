using Lucene.Net.Util;

namespace FaqIndex.Tests.Analysis.TestSupport;

/// <summary>Records whether ClearAttributes() reached the attribute source since the last check, so the token-stream
/// contract "every IncrementToken starts from cleared attributes" can be asserted.</summary>
public interface ICheckClearAttributesAttribute : IAttribute
{
    /// <summary>True when Clear() was called since the previous call; resets the flag.</summary>
    bool GetAndResetClearCalled();
}

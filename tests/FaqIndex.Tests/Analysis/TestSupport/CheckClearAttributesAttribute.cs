using Lucene.Net.Util;

namespace FaqIndex.Tests.Analysis.TestSupport;

/// <summary>Implementation of <see cref="ICheckClearAttributesAttribute"/> (found by Lucene's naming convention).</summary>
public sealed class CheckClearAttributesAttribute : Lucene.Net.Util.Attribute, ICheckClearAttributesAttribute
{
    private bool _clearCalled;

    public bool GetAndResetClearCalled()
    {
        bool called = _clearCalled;
        _clearCalled = false;
        return called;
    }

    public override void Clear() => _clearCalled = true;

    // Restoring a captured state replaces every attribute, which is as good as clearing them.
    public override void CopyTo(IAttribute target) => ((CheckClearAttributesAttribute)target).Clear();

    public override bool Equals(object? obj) => obj is CheckClearAttributesAttribute other && other._clearCalled == _clearCalled;

    public override int GetHashCode() => _clearCalled ? 1 : 0;
}

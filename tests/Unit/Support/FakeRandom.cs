using DrawGuess.Domain.Common;

namespace DrawGuess.UnitTests.Support;

/// <summary>Returns queued values in order, then 0; records every bound it was asked for.</summary>
internal sealed class FakeRandom(params int[] values) : IRandomSource
{
    private readonly Queue<int> _values = new(values);

    public List<int> Bounds { get; } = [];

    public void Enqueue(params int[] values)
    {
        foreach (var value in values) _values.Enqueue(value);
    }

    public int Next(int maxExclusive)
    {
        Bounds.Add(maxExclusive);
        var value = _values.Count > 0 ? _values.Dequeue() : 0;
        if (value < 0 || value >= maxExclusive)
            throw new InvalidOperationException($"The test queued {value}, but the code asked for a number below {maxExclusive}.");
        return value;
    }
}

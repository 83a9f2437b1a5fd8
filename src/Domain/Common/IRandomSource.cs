namespace DrawGuess.Domain.Common;

/// <summary>Randomness the rules depend on (word options, hint letters), replaceable in tests.</summary>
public interface IRandomSource
{
    /// <summary>A number in [0, maxExclusive).</summary>
    int Next(int maxExclusive);
}

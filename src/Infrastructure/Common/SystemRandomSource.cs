using DrawGuess.Domain.Common;

namespace DrawGuess.Infrastructure.Common;

internal sealed class SystemRandomSource : IRandomSource
{
    public int Next(int maxExclusive) => Random.Shared.Next(maxExclusive);
}

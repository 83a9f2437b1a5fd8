// Two pretend modules that use each other's contracts: each use is allowed on its own, together they are a cycle.
namespace DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Alpha.Contracts
{
    public sealed record AlphaContract(int Value);
}

namespace DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Beta.Contracts
{
    public sealed record BetaContract(int Value);
}

namespace DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Alpha
{
    using DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Beta.Contracts;

    public sealed class AlphaUsesBeta
    {
        public BetaContract? Beta { get; init; }
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Beta
{
    using DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Alpha.Contracts;
    using DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Common;

    public static class BetaUsesAlpha
    {
        public static object Run() => new AlphaContract(1);

        /// <summary>Common belongs to no module: using it adds no edge.</summary>
        public static object Shared() => new SharedHelper();
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Common
{
    using DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Alpha.Contracts;

    public sealed class SharedHelper
    {
        public AlphaContract? Alpha { get; init; }
    }
}

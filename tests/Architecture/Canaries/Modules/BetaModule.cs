// Module Beta of the pretend codebase under Canaries.Modules: internals other modules must not touch,
// and contracts they may use.
namespace DrawGuess.ArchitectureTests.Canaries.Modules.Application.Beta.Internal
{
    public class BetaSecret
    {
        public static int Counter;

        public static BetaSecret Create() => new();

        public void Touch() => Counter++;
    }

    public struct BetaValue
    {
        public int Number;

        public void Touch() => Number++;
    }

    public class BetaBase;

    public interface IBetaPort;

    public sealed class BetaException : Exception;

    [AttributeUsage(AttributeTargets.All)]
    public sealed class BetaMarkerAttribute : Attribute;
}

namespace DrawGuess.ArchitectureTests.Canaries.Modules.Application.Beta.Contracts
{
    using DrawGuess.ArchitectureTests.Canaries.Modules.Application.Alpha.Internal;

    public sealed record BetaContract(int Value);

    /// <summary>Contracts are part of module Beta too: this one leaks Alpha's internals.</summary>
    public sealed record LeakyContract(AlphaInternal Leak);
}

namespace DrawGuess.ArchitectureTests.Canaries.Modules.Application.Beta.Contracts.Queries
{
    public sealed record BetaDeepContract(string Name);
}

namespace DrawGuess.ArchitectureTests.Canaries.Modules.Application.Beta.ContractsExtra
{
    /// <summary>Only Contracts and below is public API; a namespace that merely starts with "Contracts" is not.</summary>
    public sealed class NotAContract;
}

namespace DrawGuess.ArchitectureTests.Canaries.Modules.Domain.Beta
{
    public sealed class BetaEntity;
}

namespace DrawGuess.ArchitectureTests.Canaries.Modules.Application.Common
{
    public sealed class SharedHelper;
}

namespace DrawGuess.ArchitectureTests.Canaries.Modules.Domain.SharedKernel
{
    public readonly record struct CanaryId(int Value);
}

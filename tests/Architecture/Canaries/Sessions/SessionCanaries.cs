// Module Beta owns sessions here. Each *Canary type reaches its session internals from outside it in one way;
// the Allowed* types, Beta's own adapter and the composition root must not be reported.
namespace DrawGuess.ArchitectureTests.Canaries.Sessions.Application.Beta.Sessions
{
    public interface IBetaSessionStore
    {
        string? ConnectionOf(int player);
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Sessions.Application.Beta.Contracts
{
    public interface IBetaSessions
    {
        string? ConnectionOf(int player);
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Sessions.Infrastructure.Common
{
    /// <summary>Every stored key, as RedisKeys lists them: the one Beta's adapter uses is Beta's.</summary>
    public sealed class StorageKeys
    {
        public string BetaConnections(int instance) => $"instance-connections:{instance}";

        public string AlphaThings(int instance) => $"alpha-things:{instance}";
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Sessions.Infrastructure.Beta
{
    using DrawGuess.ArchitectureTests.Canaries.Sessions.Application.Beta.Contracts;
    using DrawGuess.ArchitectureTests.Canaries.Sessions.Application.Beta.Sessions;
    using DrawGuess.ArchitectureTests.Canaries.Sessions.Infrastructure.Common;

    public sealed class InMemoryBetaSessionStore : IBetaSessionStore, IBetaSessions
    {
        public string? ConnectionOf(int player) => new StorageKeys().BetaConnections(player);
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Sessions.Infrastructure.Alpha
{
    using DrawGuess.ArchitectureTests.Canaries.Sessions.Infrastructure.Common;

    /// <summary>Reads Beta's stored connections by key, no Beta type in sight: the session type rule does not see this.</summary>
    public sealed class AlphaJanitorCanary(StorageKeys keys)
    {
        public string Claim(int instance) => keys.BetaConnections(instance);
    }

    public sealed class AllowedAlphaKeyUser(StorageKeys keys)
    {
        public string Things(int instance) => keys.AlphaThings(instance);
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Sessions.Application.Common
{
    using DrawGuess.ArchitectureTests.Canaries.Sessions.Application.Beta.Contracts;
    using DrawGuess.ArchitectureTests.Canaries.Sessions.Application.Beta.Sessions;

    /// <summary>Common is no module, so the module boundary rule does not see this.</summary>
    public sealed class CommonCallerCanary(IBetaSessionStore store)
    {
        public string? Caller(int player) => store.ConnectionOf(player);
    }

    public sealed class AllowedCommonCaller(IBetaSessions sessions)
    {
        public string? Caller(int player) => sessions.ConnectionOf(player);
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Sessions.Application.Alpha
{
    using DrawGuess.ArchitectureTests.Canaries.Sessions.Application.Beta.Sessions;

    public static class AlphaHandlerCanary
    {
        public static string? Run(IBetaSessionStore store) => store.ConnectionOf(1);
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Sessions.WebApi.Realtime
{
    using DrawGuess.ArchitectureTests.Canaries.Sessions.Infrastructure.Beta;

    public static class NotifierCanary
    {
        public static object Run() => new InMemoryBetaSessionStore();
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Sessions.Infrastructure
{
    using DrawGuess.ArchitectureTests.Canaries.Sessions.Infrastructure.Beta;

    /// <summary>A layer-root type (like DependencyInjection) wires the adapters.</summary>
    public static class CompositionRoot
    {
        public static object Run() => new InMemoryBetaSessionStore();
    }
}

// Module Alpha of the pretend codebase under Canaries.Modules. Each *Canary type reaches into Beta's
// internals in exactly one way; the Allowed* types and the composition root must not be reported.
using DrawGuess.ArchitectureTests.Canaries.Modules.Application.Beta.Contracts;
using DrawGuess.ArchitectureTests.Canaries.Modules.Application.Beta.Contracts.Queries;
using DrawGuess.ArchitectureTests.Canaries.Modules.Application.Beta.ContractsExtra;
using DrawGuess.ArchitectureTests.Canaries.Modules.Application.Beta.Internal;
using DrawGuess.ArchitectureTests.Canaries.Modules.Application.Common;
using DrawGuess.ArchitectureTests.Canaries.Modules.Domain.Beta;
using DrawGuess.ArchitectureTests.Canaries.Modules.Domain.SharedKernel;

namespace DrawGuess.ArchitectureTests.Canaries.Modules.Application.Alpha.Internal
{
    public sealed class AlphaInternal;

    [AttributeUsage(AttributeTargets.All)]
    public sealed class UsesAttribute(Type used) : Attribute
    {
        public Type Used { get; } = used;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Modules.Application.Alpha
{
    using DrawGuess.ArchitectureTests.Canaries.Modules.Application.Alpha.Internal;

    public sealed class FieldCanary
    {
        public BetaSecret? Secret;
    }

    public sealed class PropertyCanary
    {
        public BetaSecret? Secret { get; init; }
    }

    public static class ParameterCanary
    {
        public static bool Take(BetaSecret? secret) => secret is null;
    }

    public static class ReturnTypeCanary
    {
        public static BetaSecret? Give() => null;
    }

    public static class LocalVariableCanary
    {
        public static int Run()
        {
            BetaValue value = default; // a struct whose method is called needs a real local, even in Release
            value.Touch();
            return value.Number;
        }
    }

    public static class StaticCallCanary
    {
        public static object Run() => BetaSecret.Create();
    }

    public static class ConstructorCallCanary
    {
        public static object Run() => new BetaSecret();
    }

    public static class FieldAccessCanary
    {
        public static int Run() => BetaSecret.Counter;
    }

    public static class GenericArgumentCanary
    {
        public static int Run() => Array.Empty<BetaSecret>().Length;
    }

    [BetaMarker]
    public sealed class AttributeCanary;

    [Uses(typeof(BetaSecret))]
    public sealed class TypeofAttributeCanary;

    public static class CatchCanary
    {
        public static bool Run(Action action)
        {
            try
            {
                action();
                return true;
            }
            catch (BetaException)
            {
                return false;
            }
        }
    }

    public sealed class BaseTypeCanary : BetaBase;

    public sealed class InterfaceCanary : IBetaPort;

    public static class LambdaCanary
    {
        public static Func<object> Run() => () => new BetaSecret();
    }

    public static class ClosureCanary
    {
        public static Func<int> Run(int n)
        {
            var secret = new BetaSecret();
            return () =>
            {
                secret.Touch();
                return n;
            };
        }
    }

    public static class AsyncCanary
    {
        public static async Task<int> Run()
        {
            await Task.Yield();
            return BetaSecret.Counter;
        }
    }

    public static class TypeofCanary
    {
        public static Type Run() => typeof(BetaSecret);
    }

    public static class CastCanary
    {
        public static bool Run(object value) => value is BetaSecret;
    }

    public sealed class GenericConstraintCanary<T>
        where T : BetaBase;

    public sealed class EventCanary
    {
        public event Action<BetaSecret>? Happened;

        public void Raise() => Happened?.Invoke(new BetaSecret());
    }

    public static class DomainEntityCanary
    {
        public static object Run() => new BetaEntity();
    }

    public sealed class NotAContractCanary
    {
        public NotAContract? Value { get; init; }
    }

    public sealed class Outer
    {
        /// <summary>A hand-written nested type is reported as itself, not as its outer type.</summary>
        public sealed class Inner
        {
            public BetaSecret? Secret { get; init; }
        }
    }

    /// <summary>Contracts at any depth, Common, SharedKernel and the module's own internals are all fine.</summary>
    public sealed class AllowedCanary
    {
        public BetaContract? Contract { get; init; }
        public List<BetaDeepContract> Deep { get; } = [];
        public SharedHelper? Helper { get; init; }
        public CanaryId Id { get; init; }
        public AlphaInternal? Own { get; init; }

        public static Type Run() => typeof(BetaContract);
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Modules.Infrastructure.Alpha
{
    /// <summary>Module boundaries hold in every layer, not only in Application.</summary>
    public sealed class InfrastructureCanary : IBetaPort;
}

namespace DrawGuess.ArchitectureTests.Canaries.Modules.Application
{
    /// <summary>A layer-root type (like DependencyInjection) belongs to no module and may wire all of them.</summary>
    public static class CompositionRoot
    {
        public static object Run() => new BetaSecret();
    }
}

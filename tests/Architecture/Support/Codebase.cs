using System.Reflection;
using System.Runtime.CompilerServices;
using Mono.Cecil;

namespace DrawGuess.ArchitectureTests.Support;

/// <summary>
/// The types a rule checks and how to tell their layer and module. <see cref="Real"/> is DrawGuess itself:
/// a layer is an assembly, a module is the namespace segment after the layer (DrawGuess.Application.Rooms.*).
/// <see cref="Canaries"/> is a folder of deliberately wrong types in this test assembly that mimics the same
/// shape under its own root namespace (…Canaries.Modules.Application.Alpha.*), with a namespace per layer.
/// </summary>
public sealed class Codebase
{
    private const string CanaryNamespace = "DrawGuess.ArchitectureTests.Canaries";

    private static readonly Lazy<Codebase> RealCodebase = new(CreateReal);
    private static readonly Dictionary<string, Codebase> CanaryCodebases = [];

    private readonly Func<string, string, Layer?> layerOf;
    private readonly Dictionary<TypeDefinition, IReadOnlyList<Dependency>> dependencies = [];

    private Codebase(string root, IReadOnlyList<Assembly> assemblies, IReadOnlyList<string> modules, IReadOnlyList<Type> types,
        IReadOnlyList<TypeDefinition> definitions, Func<string, string, Layer?> layerOf)
    {
        Root = root;
        Assemblies = assemblies;
        Modules = modules;
        Types = types;
        Definitions = definitions;
        this.layerOf = layerOf;
    }

    public static Codebase Real => RealCodebase.Value;

    /// <summary>The canary types under Canaries/<paramref name="area"/>, with modules Alpha and Beta.</summary>
    public static Codebase Canaries(string area)
    {
        lock (CanaryCodebases)
        {
            if (!CanaryCodebases.TryGetValue(area, out var codebase))
                CanaryCodebases[area] = codebase = CreateCanaries(area);
            return codebase;
        }
    }

    /// <summary>Root namespace: layers are <c>{Root}.{Layer}</c>, modules <c>{Root}.{Layer}.{Module}</c>.</summary>
    public string Root { get; }

    /// <summary>The assemblies that hold the types; a rule narrows them to <see cref="Root"/> by namespace.</summary>
    public IReadOnlyList<Assembly> Assemblies { get; }

    public IReadOnlyList<string> Modules { get; }

    /// <summary>Hand-written types, nested ones included; compiler-generated types are left out.</summary>
    public IReadOnlyList<Type> Types { get; }

    /// <summary>The same types as Cecil definitions, for rules that look into method bodies.</summary>
    public IReadOnlyList<TypeDefinition> Definitions { get; }

    public string LayerNamespace(Layer layer) => $"{Root}.{layer}";

    public Layer? LayerOf(TypeReference type) => layerOf(type.AssemblyName(), type.OuterNamespace());

    public IEnumerable<TypeDefinition> DefinitionsIn(Layer layer) => Definitions.Where(t => LayerOf(t) == layer);

    /// <summary>The module a namespace belongs to, in any layer, or null for Common, SharedKernel and layer roots.</summary>
    public string? ModuleOf(string @namespace)
    {
        foreach (var layer in Enum.GetValues<Layer>())
        {
            var prefix = LayerNamespace(layer) + ".";
            if (!@namespace.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var module = @namespace[prefix.Length..].Split('.')[0];
            return Modules.Contains(module) ? module : null;
        }
        return null;
    }

    public string ContractsNamespace(string module) => $"{LayerNamespace(Layer.Application)}.{module}.Contracts";

    /// <summary>True for <c>{Root}.Application.{module}.Contracts</c> and any namespace below it.</summary>
    public bool IsContracts(string @namespace, string module) => IsSameOrBelow(@namespace, ContractsNamespace(module));

    /// <summary>True for <c>{Root}.Application.SharedKernel</c>: what every module may use, and none owns.</summary>
    public bool IsSharedKernel(string @namespace) => IsSameOrBelow(@namespace, $"{LayerNamespace(Layer.Application)}.SharedKernel");

    public static bool IsSameOrBelow(string @namespace, string parent) =>
        @namespace == parent || @namespace.StartsWith(parent + ".", StringComparison.Ordinal);

    public IReadOnlyList<Dependency> DependenciesOf(TypeDefinition type)
    {
        lock (dependencies)
        {
            if (!dependencies.TryGetValue(type, out var found))
                dependencies[type] = found = DependencyWalker.DependenciesOf(type);
            return found;
        }
    }

    /// <summary>The assembly of a layer: only the real codebase has one per layer.</summary>
    public static AssemblyDefinition RealAssembly(Layer layer) => CecilAssemblies.Load(RealAssemblies[layer]);

    private static readonly Dictionary<Layer, Assembly> RealAssemblies = new()
    {
        [Layer.Domain] = typeof(global::DrawGuess.Domain.Common.IDomainEvent).Assembly,
        [Layer.Application] = typeof(global::DrawGuess.Application.DependencyInjection).Assembly,
        [Layer.Infrastructure] = typeof(global::DrawGuess.Infrastructure.DependencyInjection).Assembly,
        [Layer.WebApi] = typeof(global::DrawGuess.WebApi.Realtime.GameHub).Assembly,
    };

    private static Codebase CreateReal()
    {
        var layerByAssembly = RealAssemblies.ToDictionary(pair => pair.Value.GetName().Name!, pair => pair.Key);
        return new Codebase(
            "DrawGuess",
            [.. RealAssemblies.Values],
            ["Players", "Rooms", "Rounds", "Chat", "Rankings"],
            RealAssemblies.Values.SelectMany(a => a.GetTypes()).Where(IsHandWritten).ToList(),
            RealAssemblies.Values.SelectMany(a => CecilAssemblies.Load(a).MainModule.GetTypes()).Where(IsHandWritten).ToList(),
            (assembly, _) => layerByAssembly.TryGetValue(assembly, out var layer) ? layer : null);
    }

    private static Codebase CreateCanaries(string area)
    {
        var root = $"{CanaryNamespace}.{area}";
        var assembly = typeof(Codebase).Assembly;
        var ownName = assembly.GetName().Name!;
        var types = assembly.GetTypes().Where(t => IsSameOrBelow(t.Namespace ?? string.Empty, root)).Where(IsHandWritten).ToList();
        types.Count.ShouldBeGreaterThan(0, $"no canary types under {root}");
        return new Codebase(
            root,
            [assembly],
            ["Alpha", "Beta"],
            types,
            CecilAssemblies.Load(assembly).MainModule.GetTypes()
                .Where(t => IsSameOrBelow(t.OuterNamespace(), root)).Where(IsHandWritten).ToList(),
            (assemblyName, @namespace) => assemblyName == ownName ? CanaryLayer(root, @namespace) : null);
    }

    private static Layer? CanaryLayer(string root, string @namespace) =>
        Enum.GetValues<Layer>().Cast<Layer?>().FirstOrDefault(layer => IsSameOrBelow(@namespace, $"{root}.{layer}"));

    private static bool IsHandWritten(Type type)
    {
        for (var current = type; current is not null; current = current.DeclaringType)
        {
            if (current.Name.StartsWith('<') || current.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)) return false;
        }
        return true;
    }

    private static bool IsHandWritten(TypeDefinition type) => type.Name != "<Module>" && !type.IsOrIsNestedInCompilerGenerated();
}

using System.Runtime.InteropServices;
using Mono.Cecil;

namespace DrawGuess.ArchitectureTests.Support;

/// <summary>Reads assemblies with one shared resolver, so a type referenced from another of our assemblies resolves to the same definition.</summary>
public static class CecilAssemblies
{
    private static readonly SharedResolver Resolver = CreateResolver();
    private static readonly Dictionary<string, AssemblyDefinition> Read = new(StringComparer.Ordinal);

    public static AssemblyDefinition Load(System.Reflection.Assembly assembly)
    {
        lock (Read)
        {
            if (Read.TryGetValue(assembly.Location, out var loaded)) return loaded;
            // Immediate mode: Cecil's lazy reader is not thread-safe.
            var definition = AssemblyDefinition.ReadAssembly(assembly.Location,
                new ReaderParameters(ReadingMode.Immediate) { AssemblyResolver = Resolver });
            Resolver.Register(definition);
            Read[assembly.Location] = definition;
            return definition;
        }
    }

    private static SharedResolver CreateResolver()
    {
        var resolver = new SharedResolver();
        foreach (var directory in new[]
                 {
                     AppContext.BaseDirectory,
                     RuntimeEnvironment.GetRuntimeDirectory(),
                     Path.GetDirectoryName(typeof(Microsoft.AspNetCore.SignalR.Hub).Assembly.Location)!,
                 }.Distinct())
        {
            resolver.AddSearchDirectory(directory);
        }
        return resolver;
    }

    private sealed class SharedResolver : DefaultAssemblyResolver
    {
        public void Register(AssemblyDefinition assembly) => RegisterAssembly(assembly);
    }
}

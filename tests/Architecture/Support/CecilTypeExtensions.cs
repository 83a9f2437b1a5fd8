using System.Runtime.CompilerServices;
using Mono.Cecil;

namespace DrawGuess.ArchitectureTests.Support;

public static class CecilTypeExtensions
{
    /// <summary>The namespace of the outermost declaring type (Cecil leaves it empty on nested types).</summary>
    public static string OuterNamespace(this TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type.Namespace;
    }

    public static string AssemblyName(this TypeReference type) => type.Scope switch
    {
        AssemblyNameReference reference => reference.Name,
        ModuleDefinition module => module.Assembly.Name.Name,
        ModuleReference module => Path.GetFileNameWithoutExtension(module.Name),
        _ => string.Empty,
    };

    /// <summary>Reflection-style full name (Outer+Inner), so violations can be compared with <c>typeof(X).FullName</c>.</summary>
    public static string DisplayName(this TypeReference type) => type.FullName.Replace('/', '+');

    public static bool IsCompilerGenerated(this TypeDefinition type) =>
        type.Name.StartsWith('<') || type.CustomAttributes.Any(a => a.AttributeType.FullName == typeof(CompilerGeneratedAttribute).FullName);

    public static bool IsOrIsNestedInCompilerGenerated(this TypeDefinition type)
    {
        for (var current = type; current is not null; current = current.DeclaringType)
        {
            if (current.IsCompilerGenerated()) return true;
        }
        return false;
    }

    /// <summary>Open name of a possibly generic instance: <c>MediatR.IRequest`1</c> for <c>IRequest&lt;Unit&gt;</c>.</summary>
    public static string OpenFullName(this TypeReference type) =>
        type is GenericInstanceType generic ? generic.ElementType.FullName : type.FullName;

    /// <summary>Whether the type or one of its base types lists the interface (C# emits the whole interface closure on each type).</summary>
    public static bool Implements(this TypeReference type, string openInterfaceFullName)
    {
        for (var definition = type.Resolve(); definition is not null; definition = definition.BaseType?.Resolve())
        {
            if (definition.Interfaces.Any(i => i.InterfaceType.OpenFullName() == openInterfaceFullName)) return true;
        }
        return false;
    }
}

using System.Reflection;

namespace DrawGuess.ArchitectureTests.Support;

public static class ReflectionTypeExtensions
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance |
                                          BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The closed forms of an open generic interface the type implements, e.g. every IRequestHandler&lt;,&gt;.</summary>
    public static IReadOnlyList<Type> ClosedInterfaces(this Type type, Type openInterface) =>
        type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == openInterface).ToList();

    public static bool IsConcreteClass(this Type type) => type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false };

    /// <summary>Not visible outside its assembly (internal, or nested in something internal).</summary>
    public static bool IsInternal(this Type type) => !type.IsVisible;

    /// <summary>Records get a compiler-generated <c>&lt;Clone&gt;$</c> method (sealed records too).</summary>
    public static bool IsRecord(this Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    /// <summary>
    /// Settable properties and public non-readonly fields, base types included. An <c>init</c> setter is not
    /// mutable: it carries the IsExternalInit required modifier (PropertyInfo.CanWrite is true for it).
    /// </summary>
    public static IEnumerable<string> MutableMembers(this Type type)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var property in current.GetProperties(Declared))
            {
                if (property.SetMethod is { } setter && !IsInitOnly(setter)) yield return $"property {property.Name} has a set accessor";
            }
            foreach (var field in current.GetFields(Declared))
            {
                if (field.IsPublic && !field.IsInitOnly && !field.IsLiteral) yield return $"public field {field.Name} is not readonly";
            }
        }
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}

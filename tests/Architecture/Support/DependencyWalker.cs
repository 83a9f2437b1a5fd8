using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace DrawGuess.ArchitectureTests.Support;

/// <summary>
/// Every type a type uses: base type, interfaces, attributes (with typeof arguments), generic constraints,
/// fields, properties, events, method signatures, locals, catch clauses and every type, method or field
/// operand in method bodies. Compiler-generated nested types (lambdas, closures, async and iterator state
/// machines) are walked as part of the type that contains them. Generic arguments and array/by-ref element
/// types are expanded, so <c>List&lt;Foo[]&gt;</c> yields both List`1 and Foo.
/// </summary>
public static partial class DependencyWalker
{
    public static IReadOnlyList<Dependency> DependenciesOf(TypeDefinition type)
    {
        var sink = new Sink(type);
        WalkType(type, sink, context: string.Empty);
        return sink.Found;
    }

    private static void WalkType(TypeDefinition type, Sink sink, string context)
    {
        if (type.BaseType is not null) sink.Add(type.BaseType, "base type" + context);
        foreach (var implementation in type.Interfaces)
        {
            sink.Add(implementation.InterfaceType, "interface" + context);
            sink.Attributes(implementation.CustomAttributes, "interface" + context);
        }
        sink.Attributes(type.CustomAttributes, "type" + context);
        sink.GenericParameters(type.GenericParameters, "type" + context);

        foreach (var field in type.Fields)
        {
            sink.Add(field.FieldType, $"field {field.Name}{context}");
            sink.Attributes(field.CustomAttributes, $"field {field.Name}{context}");
        }
        foreach (var property in type.Properties)
        {
            sink.Add(property.PropertyType, $"property {property.Name}{context}");
            sink.Attributes(property.CustomAttributes, $"property {property.Name}{context}");
        }
        foreach (var @event in type.Events)
        {
            sink.Add(@event.EventType, $"event {@event.Name}{context}");
            sink.Attributes(@event.CustomAttributes, $"event {@event.Name}{context}");
        }
        foreach (var method in type.Methods) WalkMethod(method, sink);

        foreach (var nested in type.NestedTypes.Where(n => n.IsCompilerGenerated()))
            WalkType(nested, sink, $" in compiler-generated {nested.Name}");
    }

    private static void WalkMethod(MethodDefinition method, Sink sink)
    {
        var where = $"method {FriendlyName(method)}";
        sink.Add(method.ReturnType, $"{where}: return type");
        sink.Attributes(method.CustomAttributes, where);
        sink.Attributes(method.MethodReturnType.CustomAttributes, $"{where}: return value");
        sink.GenericParameters(method.GenericParameters, where);
        foreach (var parameter in method.Parameters)
        {
            sink.Add(parameter.ParameterType, $"{where}: parameter {parameter.Name}");
            sink.Attributes(parameter.CustomAttributes, $"{where}: parameter {parameter.Name}");
        }
        foreach (var overridden in method.Overrides) sink.Member(overridden, $"{where}: overrides");

        if (!method.HasBody) return;
        foreach (var variable in method.Body.Variables) sink.Add(variable.VariableType, $"{where}: local variable");
        foreach (var handler in method.Body.ExceptionHandlers.Where(h => h.CatchType is not null))
            sink.Add(handler.CatchType, $"{where}: catch clause");

        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference type:
                    sink.Add(type, $"{where}: {instruction.OpCode.Name}{(instruction.OpCode.Code == Code.Ldtoken ? " (typeof)" : string.Empty)}");
                    break;
                case MemberReference member when member is MethodReference or FieldReference:
                    sink.Member(member, $"{where}: {(member is FieldReference ? "field access" : "calls")}");
                    break;
                case CallSite site:
                    sink.Add(site.ReturnType, $"{where}: calli");
                    foreach (var parameter in site.Parameters) sink.Add(parameter.ParameterType, $"{where}: calli");
                    break;
            }
        }
    }

    /// <summary>"Handle" for Handle, "Handle (lambda)" for &lt;Handle&gt;b__3_0, "Handle (async)" for &lt;Handle&gt;d__2.MoveNext.</summary>
    private static string FriendlyName(MethodDefinition method)
    {
        if (GeneratedName().Match(method.Name) is { Success: true } lambda) return $"{lambda.Groups[1].Value} (lambda)";
        if (GeneratedName().Match(method.DeclaringType.Name) is { Success: true } machine && machine.Groups[2].Value == "d")
            return $"{machine.Groups[1].Value} (async/iterator)";
        return method.Name;
    }

    [GeneratedRegex(@"^<([^>]*)>(\w)__")]
    private static partial Regex GeneratedName();

    private sealed class Sink(TypeDefinition from)
    {
        public List<Dependency> Found { get; } = [];

        public void Add(TypeReference? type, string where, string? member = null)
        {
            switch (type)
            {
                case null or GenericParameter:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType, where, member);
                    foreach (var argument in generic.GenericArguments) Add(argument, $"{where} (generic argument)");
                    return;
                case FunctionPointerType pointer:
                    Add(pointer.ReturnType, where);
                    foreach (var parameter in pointer.Parameters) Add(parameter.ParameterType, where);
                    return;
                case TypeSpecification specification: // arrays, by-ref, pointers, pinned, modifiers
                    Add(specification.ElementType, where, member);
                    return;
                default:
                    Found.Add(new Dependency(from, type, where, member));
                    return;
            }
        }

        public void Member(MemberReference member, string where)
        {
            var described = $"{where} {member.DeclaringType.Name}.{member.Name}";
            Add(member.DeclaringType, described, member.Name);
            switch (member)
            {
                case GenericInstanceMethod generic:
                    foreach (var argument in generic.GenericArguments) Add(argument, $"{described} (generic argument)");
                    Signature(generic.ElementMethod, described);
                    break;
                case MethodReference method:
                    Signature(method, described);
                    break;
                case FieldReference field:
                    Add(field.FieldType, $"{described} (field type)");
                    break;
            }
        }

        private void Signature(MethodReference method, string described)
        {
            Add(method.ReturnType, $"{described} (signature)");
            foreach (var parameter in method.Parameters) Add(parameter.ParameterType, $"{described} (signature)");
        }

        public void Attributes(IEnumerable<CustomAttribute> attributes, string owner)
        {
            foreach (var attribute in attributes)
            {
                var where = $"attribute [{attribute.AttributeType.Name}] on {owner}";
                Add(attribute.AttributeType, where);
                foreach (var argument in attribute.ConstructorArguments) AttributeArgument(argument, where);
                foreach (var named in attribute.Fields.Concat(attribute.Properties)) AttributeArgument(named.Argument, where);
            }
        }

        private void AttributeArgument(CustomAttributeArgument argument, string where)
        {
            switch (argument.Value)
            {
                case TypeReference type:
                    Add(type, $"{where} (typeof argument)");
                    break;
                case CustomAttributeArgument boxed:
                    AttributeArgument(boxed, where);
                    break;
                case CustomAttributeArgument[] array:
                    foreach (var item in array) AttributeArgument(item, where);
                    break;
            }
        }

        public void GenericParameters(IEnumerable<GenericParameter> parameters, string owner)
        {
            foreach (var parameter in parameters)
            {
                foreach (var constraint in parameter.Constraints)
                    Add(constraint.ConstraintType, $"generic constraint on {parameter.Name} of {owner}");
                Attributes(parameter.CustomAttributes, owner);
            }
        }
    }
}

using System.Xml.Linq;
using Mono.Cecil;

namespace DrawGuess.ArchitectureTests.Support;

/// <summary>
/// The assemblies <paramref name="Source"/> says it needs. From compiled metadata (what is really used; the compiler
/// drops references nothing uses) or from the project file (what is declared, used or not).
/// </summary>
public sealed record DeclaredReferences(string Source, IReadOnlyList<string> AssemblyNames)
{
    public static DeclaredReferences Compiled(AssemblyDefinition assembly) =>
        new(assembly.Name.Name, assembly.MainModule.AssemblyReferences.Select(r => r.Name).ToList());

    /// <summary>Package, framework and project references; a project reference counts as its assembly name.</summary>
    public static DeclaredReferences FromProjectFile(string path, string? source = null) =>
        FromProjectXml(source ?? Path.GetFileName(path), XDocument.Load(path));

    public static DeclaredReferences FromProjectXml(string source, XDocument project) =>
        new(source, project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference" or "ProjectReference")
            .Select(e => e.Attribute("Include")?.Value ?? string.Empty)
            .Select(include => include.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
                ? Path.GetFileNameWithoutExtension(include.Replace('\\', '/'))
                : include)
            .ToList());

    /// <summary>src/{layer}/DrawGuess.{layer}.csproj, found by walking up from the test binaries to DrawGuess.sln.</summary>
    public static string RealProjectFile(Layer layer)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DrawGuess.sln")))
                return Path.Combine(directory.FullName, "src", layer.ToString(), $"DrawGuess.{layer}.csproj");
        }
        throw new InvalidOperationException($"DrawGuess.sln not found above {AppContext.BaseDirectory}");
    }
}

using System.Runtime.InteropServices;

namespace DrawGuess.ArchitectureTests.Support;

/// <summary>A family of assemblies known by name prefix: "Npgsql" matches Npgsql and Npgsql.EntityFrameworkCore.PostgreSQL.</summary>
public sealed record PackageSet(string Name, params string[] Prefixes)
{
    /// <summary>The namespaces its types live in: the prefixes, unless a package names its namespace otherwise.</summary>
    public IReadOnlyList<string> Namespaces { get; init; } = Prefixes;

    public bool Contains(string assemblyName) =>
        Prefixes.Any(p => assemblyName == p || assemblyName.StartsWith(p + ".", StringComparison.Ordinal));

    public override string ToString() => Name;
}

public static class Packages
{
    private static readonly string RuntimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();

    public static readonly PackageSet DataAccess = new("EF Core / database providers",
        "Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite", "SQLitePCLRaw")
    {
        Namespaces = ["Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite", "SQLitePCL"],
    };

    public static readonly PackageSet Redis = new("Redis", "StackExchange.Redis", "Microsoft.Extensions.Caching.StackExchangeRedis");
    public static readonly PackageSet Serilog = new("Serilog", "Serilog");
    public static readonly PackageSet AspNetCore = new("ASP.NET Core", "Microsoft.AspNetCore");
    public static readonly PackageSet SignalR = new("SignalR", "Microsoft.AspNetCore.SignalR");
    public static readonly PackageSet MediatR = new("MediatR", "MediatR");
    public static readonly PackageSet FluentValidation = new("FluentValidation", "FluentValidation");

    /// <summary>
    /// An assembly of the .NET base class library: it ships in the Microsoft.NETCore.App shared framework.
    /// Checked on disk rather than by a "System." prefix, because packages such as System.IO.Hashing share it.
    /// </summary>
    public static bool IsBcl(string assemblyName) => File.Exists(Path.Combine(RuntimeDirectory, assemblyName + ".dll"));
}

using System.Xml.Linq;
using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests.Canaries.Layers;

/// <summary>Assembly reference lists and a project file that a wrongly wired layer would have.</summary>
public static class CanaryReferences
{
    public static readonly DeclaredReferences Domain = new("Canary.Domain",
        ["System.Runtime", "System.Collections", "netstandard", "Microsoft.Win32.Primitives", "System.IO.Hashing", "MediatR", "DrawGuess.Application"]);

    public static readonly DeclaredReferences Application = new("Canary.Application",
    [
        "System.Runtime", "DrawGuess.Domain", "MediatR", "FluentValidation", "Microsoft.Extensions.Logging.Abstractions",
        "Microsoft.Extensions.Options", "DrawGuess.Infrastructure", "Microsoft.EntityFrameworkCore", "Serilog",
        "Microsoft.AspNetCore.SignalR.Core", "StackExchange.Redis", "Microsoft.Extensions.Logging",
    ]);

    public static readonly DeclaredReferences Infrastructure = new("Canary.Infrastructure",
        ["System.Runtime", "DrawGuess.Application", "Microsoft.EntityFrameworkCore", "StackExchange.Redis", "DrawGuess.WebApi", "Microsoft.AspNetCore.SignalR.Core"]);

    public static readonly DeclaredReferences DomainProjectFile = DeclaredReferences.FromProjectXml("Canary.Domain.csproj", XDocument.Parse("""
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup>
            <ProjectReference Include="..\Application\DrawGuess.Application.csproj" />
            <PackageReference Include="Serilog" />
            <FrameworkReference Include="Microsoft.AspNetCore.App" />
          </ItemGroup>
        </Project>
        """));
}

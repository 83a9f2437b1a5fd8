using DrawGuess.ArchitectureTests.Canaries.Layers;
using DrawGuess.ArchitectureTests.Canaries.Layers.Application.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Layers.Domain.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Layers.Infrastructure.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Layers.WebApi.Alpha;
using DrawGuess.ArchitectureTests.Rules;
using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests;

public sealed class LayerTests
{
    private static Codebase Canaries => Codebase.Canaries("Layers");

    // Rule 1: Domain

    [Fact]
    public void Domain_assembly_references_only_the_BCL() =>
        LayerRules.DomainReferences(DeclaredReferences.Compiled(Codebase.RealAssembly(Layer.Domain))).ShouldPass();

    [Fact]
    public void Domain_project_declares_no_project_or_package() =>
        LayerRules.DomainReferences(DeclaredReferences.FromProjectFile(DeclaredReferences.RealProjectFile(Layer.Domain))).ShouldPass();

    [Fact]
    public void Domain_types_use_no_outer_layer_or_infrastructure_package() =>
        LayerRules.DomainTypes(Codebase.Real).ShouldPass();

    [Fact]
    public void Domain_reference_rule_catches_canaries()
    {
        LayerRules.DomainReferences(CanaryReferences.Domain).ShouldReportExactly(
            new Expected("Canary.Domain", "System.IO.Hashing"),
            new Expected("Canary.Domain", "MediatR"),
            new Expected("Canary.Domain", "DrawGuess.Application"));
        LayerRules.DomainReferences(CanaryReferences.DomainProjectFile).ShouldReportExactly(
            new Expected("Canary.Domain.csproj", "DrawGuess.Application"),
            new Expected("Canary.Domain.csproj", "Serilog"),
            new Expected("Canary.Domain.csproj", "Microsoft.AspNetCore.App"));
    }

    [Fact]
    public void Domain_type_rule_catches_canaries() =>
        LayerRules.DomainTypes(Canaries).ShouldReportExactly(
            Expected.Type<DomainWithMediatR>("Domain uses MediatR"),
            Expected.Type<DomainWithApplication>("Domain uses the Application layer"),
            Expected.Type<DomainWithEfCore>("Domain uses EF Core"));

    // Rule 2: Application

    [Fact]
    public void Application_assembly_references_only_Domain_MediatR_FluentValidation_abstractions_and_BCL() =>
        LayerRules.ApplicationReferences(DeclaredReferences.Compiled(Codebase.RealAssembly(Layer.Application))).ShouldPass();

    [Fact]
    public void Application_project_declares_only_allowed_references() =>
        LayerRules.ApplicationReferences(DeclaredReferences.FromProjectFile(DeclaredReferences.RealProjectFile(Layer.Application))).ShouldPass();

    [Fact]
    public void Application_types_use_no_outer_layer_EF_Core_Redis_Serilog_or_ASP_NET_Core() =>
        LayerRules.ApplicationTypes(Codebase.Real).ShouldPass();

    [Fact]
    public void Application_reference_rule_catches_canaries() =>
        LayerRules.ApplicationReferences(CanaryReferences.Application).ShouldReportExactly(
            new Expected("Canary.Application", "DrawGuess.Infrastructure"),
            new Expected("Canary.Application", "Microsoft.EntityFrameworkCore"),
            new Expected("Canary.Application", "Serilog"),
            new Expected("Canary.Application", "Microsoft.AspNetCore.SignalR.Core"),
            new Expected("Canary.Application", "StackExchange.Redis"),
            new Expected("Canary.Application", "references Microsoft.Extensions.Logging,"));

    [Fact]
    public void Application_type_rule_catches_canaries() =>
        LayerRules.ApplicationTypes(Canaries).ShouldReportExactly(
            Expected.Type<ApplicationWithSerilog>("Application uses Serilog"),
            Expected.Type<ApplicationWithInfrastructure>("Application uses the Infrastructure layer"),
            typeof(ApplicationWithRedis).Expect("Application uses Redis"));

    // Rule 3: Infrastructure, and EF Core / Redis nowhere else

    [Fact]
    public void Infrastructure_assembly_references_neither_WebApi_nor_SignalR() =>
        LayerRules.InfrastructureReferences(DeclaredReferences.Compiled(Codebase.RealAssembly(Layer.Infrastructure))).ShouldPass();

    [Fact]
    public void Infrastructure_project_declares_neither_WebApi_nor_SignalR() =>
        LayerRules.InfrastructureReferences(DeclaredReferences.FromProjectFile(DeclaredReferences.RealProjectFile(Layer.Infrastructure))).ShouldPass();

    [Fact]
    public void Infrastructure_types_use_neither_WebApi_nor_SignalR() =>
        LayerRules.InfrastructureTypes(Codebase.Real).ShouldPass();

    [Fact]
    public void Only_Infrastructure_uses_EF_Core_and_Redis() =>
        LayerRules.DataAccessOnlyInInfrastructure(Codebase.Real).ShouldPass();

    [Fact]
    public void Infrastructure_rules_catch_canaries()
    {
        LayerRules.InfrastructureReferences(CanaryReferences.Infrastructure).ShouldReportExactly(
            new Expected("Canary.Infrastructure", "DrawGuess.WebApi"),
            new Expected("Canary.Infrastructure", "Microsoft.AspNetCore.SignalR.Core"));
        LayerRules.InfrastructureTypes(Canaries).ShouldReportExactly(
            Expected.Type<InfrastructureWithSignalR>("Infrastructure uses SignalR"),
            typeof(InfrastructureWithWebApi).Expect("Infrastructure uses the WebApi layer"));
    }

    [Fact]
    public void Data_access_rule_catches_canaries_in_every_other_layer() =>
        LayerRules.DataAccessOnlyInInfrastructure(Canaries).ShouldReportExactly(
            Expected.Type<DomainWithEfCore>("Domain type uses EF Core"),
            typeof(ApplicationWithRedis).Expect("Application type uses Redis"),
            typeof(WebApiWithEfCore).Expect("WebApi type uses EF Core"));
}

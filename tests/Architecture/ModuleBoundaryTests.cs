using DrawGuess.ArchitectureTests.Canaries.Modules.Application.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Modules.Application.Beta.Contracts;
using DrawGuess.ArchitectureTests.Canaries.Modules.Infrastructure.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Sessions.Application.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Sessions.Application.Common;
using DrawGuess.ArchitectureTests.Canaries.Sessions.Infrastructure.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Sessions.Infrastructure.Common;
using DrawGuess.ArchitectureTests.Canaries.Sessions.WebApi.Realtime;
using DrawGuess.ArchitectureTests.Rules;
using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Modules_use_each_other_only_through_contracts() =>
        ModuleBoundaryRules.Isolation(Codebase.Real).ShouldPass();

    [Fact]
    public void Module_isolation_sees_every_kind_of_dependency_in_the_canaries() =>
        ModuleBoundaryRules.Isolation(Codebase.Canaries("Modules")).ShouldReportExactly(
            Expected.Type<FieldCanary>("field Secret"),
            Expected.Type<PropertyCanary>("property Secret"),
            Expected.Type<Outer.Inner>("property Secret"),
            Expected.Type<EventCanary>("event Happened"),
            Expected.Type<NotAContractCanary>("uses module Beta outside"),
            new Expected(typeof(GenericConstraintCanary<>).FullName!, "generic constraint"),
            Expected.Type<AttributeCanary>("attribute [BetaMarkerAttribute] on type"),
            Expected.Type<TypeofAttributeCanary>("(typeof argument)"),
            Expected.Type<BaseTypeCanary>("base type"),
            Expected.Type<InterfaceCanary>("interface"),
            Expected.Type<InfrastructureCanary>("interface"),
            Expected.Type<LeakyContract>("module Beta uses module Alpha"),
            typeof(DomainEntityCanary).Expect("BetaEntity"),
            typeof(ParameterCanary).Expect("method Take: parameter secret"),
            typeof(ReturnTypeCanary).Expect("method Give: return type"),
            typeof(LocalVariableCanary).Expect("method Run: local variable"),
            typeof(StaticCallCanary).Expect("method Run: calls BetaSecret.Create"),
            typeof(ConstructorCallCanary).Expect("method Run: calls BetaSecret..ctor"),
            typeof(FieldAccessCanary).Expect("method Run: field access BetaSecret.Counter"),
            typeof(GenericArgumentCanary).Expect("calls Array.Empty (generic argument)"),
            typeof(CatchCanary).Expect("method Run: catch clause"),
            typeof(LambdaCanary).Expect("method Run (lambda)"),
            typeof(ClosureCanary).Expect("field secret in compiler-generated"),
            typeof(AsyncCanary).Expect("method Run (async/iterator)"),
            typeof(TypeofCanary).Expect("ldtoken (typeof)"),
            typeof(CastCanary).Expect("isinst"));

    [Fact]
    public void Modules_depend_on_each_other_without_cycles() =>
        ModuleGraphRules.NoCycles(Codebase.Real).ShouldPass();

    [Fact]
    public void Cycle_rule_names_the_cycle_and_a_use_on_each_edge_in_the_canaries() =>
        ModuleGraphRules.NoCycles(Codebase.Canaries("Cycles")).ShouldReportExactly(
            new Expected("Alpha -> Beta -> Alpha",
                "Alpha uses Beta (DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Alpha.AlphaUsesBeta uses DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Beta.Contracts.BetaContract); "
                + "Beta uses Alpha (DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Beta.BetaUsesAlpha uses DrawGuess.ArchitectureTests.Canaries.Cycles.Application.Alpha.Contracts.AlphaContract)"));

    [Fact]
    public void Only_Players_touches_sessions() =>
        SessionRules.OnlyTheOwnerTouchesSessions(Codebase.Real, "Players").ShouldPass();

    [Fact]
    public void Session_rule_sees_other_modules_Common_and_WebApi_in_the_canaries() =>
        SessionRules.OnlyTheOwnerTouchesSessions(Codebase.Canaries("Sessions"), "Beta").ShouldReportExactly(
            Expected.Type<CommonCallerCanary>("touches Beta's sessions"),
            typeof(AlphaHandlerCanary).Expect("touches Beta's sessions"),
            typeof(NotifierCanary).Expect("touches Beta's sessions"));

    [Fact]
    public void Only_Players_uses_its_session_keys() =>
        SessionRules.OnlyTheOwnerUsesItsSessionKeys(Codebase.Real, "Players", SessionKeyRegistry).ShouldPass();

    [Fact]
    public void Session_key_rule_sees_another_module_reading_the_owners_keys_in_the_canaries() =>
        SessionRules.OnlyTheOwnerUsesItsSessionKeys(Codebase.Canaries("Sessions"), "Beta", typeof(StorageKeys).FullName!)
            .ShouldReportExactly(Expected.Type<AlphaJanitorCanary>("uses Beta's session key BetaConnections"));

    private const string SessionKeyRegistry = "DrawGuess.Infrastructure.Common.Redis.RedisKeys";
}

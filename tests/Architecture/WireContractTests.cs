using DrawGuess.ArchitectureTests.Contract;

namespace DrawGuess.ArchitectureTests;

/// <summary>The web app's payload types are the server's: the committed TypeScript contract is what the C# types generate.</summary>
public sealed class WireContractTests
{
    [Fact]
    public void The_committed_TypeScript_contract_is_what_the_CSharp_types_generate()
    {
        var path = Path.Combine(RepositoryRoot(), TypeScriptContract.RelativePath);
        var generated = TypeScriptContract.Generate();
        if (Environment.GetEnvironmentVariable("DRAWGUESS_WRITE_CONTRACT") == "1") File.WriteAllText(path, generated);

        File.ReadAllText(path).ShouldBe(generated,
            $"{TypeScriptContract.RelativePath} is out of date: DRAWGUESS_WRITE_CONTRACT=1 dotnet test tests/Architecture -c Release --filter WireContract");
    }

    [Fact]
    public void A_hub_event_payload_a_hub_argument_and_a_REST_result_are_all_in_the_contract()
    {
        var contract = TypeScriptContract.Generate();

        contract.ShouldContain("  turnStarted: TurnStartedDto;");
        contract.ShouldContain("  DrawStroke: { args: [batch: StrokeBatchDto | null]; result: void };");
        contract.ShouldContain("  GetLeaderboard: LeaderboardEntryDto[];");
        contract.ShouldContain("export interface TurnStartedDto {\n  turnId: number;");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DrawGuess.sln"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException($"No DrawGuess.sln above {AppContext.BaseDirectory}.");
    }
}

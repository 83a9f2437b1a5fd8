namespace DrawGuess.ArchitectureTests.Support;

public enum Layer
{
    Domain,
    Application,
    Infrastructure,
    WebApi,
}

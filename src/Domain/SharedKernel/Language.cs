namespace DrawGuess.Domain.SharedKernel;

public static class Language
{
    public const string English = "en";
    public const string Korean = "ko";
    public static readonly IReadOnlyList<string> All = [English, Korean];
}

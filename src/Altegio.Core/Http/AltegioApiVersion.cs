namespace Altegio.Http
{
    /// <summary>Which API generation a request goes to: <c>{base}/v1</c> or <c>{base}/v2</c>.</summary>
    public enum AltegioApiVersion
    {
        /// <summary>The legacy API under <c>/v1</c>.</summary>
        V1 = 1,
        /// <summary>The JSON:API generation under <c>/v2</c>.</summary>
        V2 = 2,
    }
}

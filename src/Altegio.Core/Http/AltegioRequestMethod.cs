namespace Altegio.Http
{
    /// <summary>The HTTP methods the API uses.</summary>
    public enum AltegioRequestMethod
    {
        /// <summary>Read.</summary>
        Get,
        /// <summary>Create.</summary>
        Post,
        /// <summary>Replace.</summary>
        Put,
        /// <summary>Change part of a resource.</summary>
        Patch,
        /// <summary>Remove.</summary>
        Delete,
    }
}

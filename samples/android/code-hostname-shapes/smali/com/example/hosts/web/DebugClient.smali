.class public Lcom/example/hosts/web/DebugClient;
.super Landroid/webkit/WebViewClient;
.source "DebugClient.java"

.method public constructor <init>()V
    .registers 1

    .line 10
    invoke-direct {p0}, Landroid/webkit/WebViewClient;-><init>()V

    return-void
.end method


# virtual methods
.method public onReceivedSslError(Landroid/webkit/WebView;Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V
    .registers 5
    .param p1, "view"    # Landroid/webkit/WebView;
    .param p2, "handler"    # Landroid/webkit/SslErrorHandler;
    .param p3, "error"    # Landroid/net/http/SslError;

    .line 14
    sget-boolean v0, Lcom/example/hosts/BuildConfig;->DEBUG:Z

    if-eqz v0, :cond_8

    .line 15
    invoke-virtual {p2}, Landroid/webkit/SslErrorHandler;->proceed()V

    goto :goto_b

    .line 17
    :cond_8
    invoke-virtual {p2}, Landroid/webkit/SslErrorHandler;->cancel()V

    .line 19
    :goto_b
    return-void
.end method

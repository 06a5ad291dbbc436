.class public Lcom/example/shapesafe/web/NeverProceedClient;
.super Landroid/webkit/WebViewClient;
.source "NeverProceedClient.java"

# boolean allowInsecure = false; if (allowInsecure) handler.proceed(); else handler.cancel();

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
    const/4 v0, 0x0

    .line 15
    if-eqz v0, :cond_7

    .line 16
    invoke-virtual {p2}, Landroid/webkit/SslErrorHandler;->proceed()V

    goto :goto_a

    .line 18
    :cond_7
    invoke-virtual {p2}, Landroid/webkit/SslErrorHandler;->cancel()V

    .line 20
    :goto_a
    return-void
.end method

.class public final Lcom/example/shapesafe/web/SslHelper;
.super Ljava/lang/Object;
.source "SslHelper.java"


# direct methods
.method public static reject(Landroid/webkit/SslErrorHandler;)V
    .registers 3
    .param p0, "handler"    # Landroid/webkit/SslErrorHandler;

    .line 11
    const-string v0, "SslHelper"

    const-string v1, "refusing the certificate"

    invoke-static {v0, v1}, Landroid/util/Log;->w(Ljava/lang/String;Ljava/lang/String;)I

    .line 12
    invoke-virtual {p0}, Landroid/webkit/SslErrorHandler;->cancel()V

    .line 13
    return-void
.end method

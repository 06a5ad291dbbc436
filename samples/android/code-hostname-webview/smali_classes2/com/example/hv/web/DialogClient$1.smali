.class Lcom/example/hv/web/DialogClient$1;
.super Ljava/lang/Object;
.source "DialogClient.java"

# interfaces
.implements Landroid/content/DialogInterface$OnClickListener;


# annotations
.annotation system Ldalvik/annotation/EnclosingMethod;
    value = Lcom/example/hv/web/DialogClient;->onReceivedSslError(Landroid/webkit/WebView;Landroid/webkit/SslErrorHandler;Landroid/net/http/SslError;)V
.end annotation

.annotation system Ldalvik/annotation/InnerClass;
    accessFlags = 0x0
    name = null
.end annotation


# instance fields
.field final synthetic this$0:Lcom/example/hv/web/DialogClient;

.field final synthetic val$handler:Landroid/webkit/SslErrorHandler;


# direct methods
.method constructor <init>(Lcom/example/hv/web/DialogClient;Landroid/webkit/SslErrorHandler;)V
    .registers 3

    .line 18
    iput-object p1, p0, Lcom/example/hv/web/DialogClient$1;->this$0:Lcom/example/hv/web/DialogClient;

    iput-object p2, p0, Lcom/example/hv/web/DialogClient$1;->val$handler:Landroid/webkit/SslErrorHandler;

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public onClick(Landroid/content/DialogInterface;I)V
    .registers 4

    .line 21
    iget-object v0, p0, Lcom/example/hv/web/DialogClient$1;->val$handler:Landroid/webkit/SslErrorHandler;

    invoke-virtual {v0}, Landroid/webkit/SslErrorHandler;->proceed()V

    .line 22
    return-void
.end method

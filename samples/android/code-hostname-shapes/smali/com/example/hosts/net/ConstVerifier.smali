.class public Lcom/example/hosts/net/ConstVerifier;
.super Ljava/lang/Object;
.source "ConstVerifier.java"

# interfaces
.implements Ljavax/net/ssl/HostnameVerifier;

# boolean t = true; if (t || session == null) return true; return false;


.method public constructor <init>()V
    .registers 1

    .line 9
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public verify(Ljava/lang/String;Ljavax/net/ssl/SSLSession;)Z
    .registers 5
    .param p1, "hostname"    # Ljava/lang/String;
    .param p2, "session"    # Ljavax/net/ssl/SSLSession;

    .line 12
    const/4 v0, 0x1

    .line 13
    if-nez v0, :cond_5

    if-nez p2, :cond_7

    .line 14
    :cond_5
    const/4 v1, 0x1

    return v1

    .line 16
    :cond_7
    const/4 v1, 0x0

    return v1
.end method

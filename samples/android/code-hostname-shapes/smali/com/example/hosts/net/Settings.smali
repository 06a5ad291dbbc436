.class public final Lcom/example/hosts/net/Settings;
.super Ljava/lang/Object;
.source "Settings.java"

# Set from a developer menu at run time.

# static fields
.field public static allowAnyHost:Z

.method public constructor <init>()V
    .registers 1

    .line 5
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method

"""The generated layer for documents_preferences: used through candescent_async.CandescentClient, not directly"""
